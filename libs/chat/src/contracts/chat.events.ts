// Integration events of the chat context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const CHAT_MESSAGE_POSTED = 'chat.message-posted';

/** A message was stored. `recipients`: the room's other participants, and whether each was online. */
export interface ChatMessagePostedPayload {
  messageId: string;
  roomId: string;
  /** The message's number in its room (1, 2, 3…), added by the store that numbers it. */
  seq: number;
  shopId: string;
  buyerId: string;
  orderId: string | null;
  senderId: string;
  senderName: string;
  /** text, image, product_card or order_card. */
  messageType: string;
  /**
   * The text, or for an image or card its one-line preview ("[Product] Kaos Polos"), as the
   * recipient sees it: contact details masked when `masked`.
   */
  text: string;
  /** An automatic reply (away mode, outside business hours), not typed by the seller. */
  automatic: boolean;
  masked: boolean;
  sentAt: string;
  recipients: { userId: string; online: boolean }[];
}

export const CHAT_UNREAD_REMINDER = 'chat.unread-reminder';

/**
 * A recipient was offline with unread messages in a room `CHAT_UNREAD_REMINDER_MS` after the
 * first message of a reminder cycle: one reminder for all of them (never one per message).
 */
export interface ChatUnreadReminderPayload {
  /** Who is reminded. */
  userId: string;
  roomId: string;
  shopId: string;
  buyerId: string;
  orderId: string | null;
  /** The recipient's unread messages in the room when the reminder fired. */
  unreadCount: number;
  /** Display names of those messages' senders. */
  senderNames: string[];
  /** When the oldest of them was sent. */
  firstUnreadAt: string;
}
