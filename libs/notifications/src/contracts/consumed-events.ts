/**
 * The events notifications are made from, as notifications reads them (a tolerant reader: only
 * the fields it uses, declared here so notifications imports no other context). The type
 * strings are the publishers' contracts; extra payload fields are ignored.
 */
export const USER_REGISTERED = 'identity.user-registered';
export const ORDER_PLACED = 'ordering.order-placed';
export const ORDER_PAID = 'ordering.order-paid';
export const ORDER_CANCELLED = 'ordering.order-cancelled';
export const SHOP_ORDER_SHIPPED = 'ordering.shop-order-shipped';
export const SHOP_ORDER_DELIVERED = 'ordering.shop-order-delivered';
export const SHOP_ORDER_CANCELLED = 'ordering.shop-order-cancelled';
export const REFUND_SUCCEEDED = 'payments.refund-succeeded';
export const CHAT_UNREAD_REMINDER = 'chat.unread-reminder';
export const USER_DELETED = 'identity.user-deleted';

export interface UserRegistered {
  userId: string;
  role: string;
  email: string | null;
  name: string;
}

export interface OrderPlaced {
  orderId: string;
  /** The order's human-readable number; absent from events published before numbers. */
  orderNumber?: string;
  buyerId: string;
  currency: string;
  total: number;
  shopOrders: { shopOrderId: string; shopId: string }[];
}

export interface OrderPaid {
  orderId: string;
  orderNumber?: string;
  buyerId: string;
  total: number;
  currency: string;
}

export interface OrderCancelled {
  orderId: string;
  orderNumber?: string;
  buyerId: string;
  /** `payment_timeout` means the order expired unpaid. */
  reason: string;
}

export interface ShopOrderStatus {
  orderId: string;
  orderNumber?: string;
  shopOrderId: string;
  shopId: string;
  buyerId: string;
  carrier?: string;
  trackingNumber?: string;
  reason?: string;
  refundAmount?: number;
}

/** Names no buyer: notifications finds the order's buyer in its own order-buyers read model. */
export interface RefundSucceeded {
  refundId: string;
  orderId: string;
  reference: string;
  amount: number;
  currency: string;
}

/** One grouped reminder of a recipient's unread messages in a chat room. */
export interface ChatUnreadReminder {
  userId: string;
  roomId: string;
  shopId: string;
  orderId: string | null;
  unreadCount: number;
  senderNames: string[];
  firstUnreadAt: string;
}

/** An account was deleted: forget what notifications keeps about it. */
export interface UserDeleted {
  userId: string;
}

/** Payload shape by event type. */
export interface ConsumedEvents {
  [USER_REGISTERED]: UserRegistered;
  [ORDER_PLACED]: OrderPlaced;
  [ORDER_PAID]: OrderPaid;
  [ORDER_CANCELLED]: OrderCancelled;
  [SHOP_ORDER_SHIPPED]: ShopOrderStatus;
  [SHOP_ORDER_DELIVERED]: ShopOrderStatus;
  [SHOP_ORDER_CANCELLED]: ShopOrderStatus;
  [REFUND_SUCCEEDED]: RefundSucceeded;
  [CHAT_UNREAD_REMINDER]: ChatUnreadReminder;
  [USER_DELETED]: UserDeleted;
}

/** The events that become notifications. */
export const NOTIFYING_EVENT_TYPES = [
  ORDER_PLACED,
  ORDER_PAID,
  ORDER_CANCELLED,
  SHOP_ORDER_SHIPPED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_CANCELLED,
  REFUND_SUCCEEDED,
  CHAT_UNREAD_REMINDER,
] as const satisfies readonly (keyof ConsumedEvents)[];
