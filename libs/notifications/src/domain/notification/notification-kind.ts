export const NOTIFICATION_KINDS = [
  'order_placed',
  'order_paid',
  'shipped',
  'delivered',
  'order_cancelled',
  'order_expired',
  'refunded',
  'chat_message',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notification is about, for clients to link to (all optional). */
export interface NotificationData {
  orderId?: string;
  /** The order's number as people know it (`PSR-7K3M-Q9XD`); texts name the order by it. */
  orderNumber?: string;
  shopOrderId?: string;
  shopId?: string;
  roomId?: string;
  messageId?: string;
  refundId?: string;
  amount?: number;
  currency?: string;
  carrier?: string;
  trackingNumber?: string;
  reason?: string;
  /** Chat notifications from before reminders: one message's sender and its start. */
  senderName?: string;
  preview?: string;
  /** A chat reminder: how many messages are unread, from whom, since when. */
  unreadCount?: number;
  senderNames?: string[];
  firstUnreadAt?: string;
}
