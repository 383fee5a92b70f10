// The events analytics is built from. Analytics imports no other context, so it declares the
// parts of their payloads it reads, with the event type strings (see their contracts/).

export const SHOP_SAVED = 'shops.shop-saved';
export const ORDER_PLACED = 'ordering.order-placed';
export const ORDER_PAID = 'ordering.order-paid';
export const ORDER_CANCELLED = 'ordering.order-cancelled';
export const SHOP_ORDER_SHIPPED = 'ordering.shop-order-shipped';
export const SHOP_ORDER_DELIVERED = 'ordering.shop-order-delivered';
export const SHOP_ORDER_COMPLETED = 'ordering.shop-order-completed';
export const SHOP_ORDER_CANCELLED = 'ordering.shop-order-cancelled';
export const STOCK_RESERVED = 'inventory.stock-reserved';
export const REFUND_SUCCEEDED = 'payments.refund-succeeded';

/** Cancellation reason meaning the buyer never paid in time. */
export const EXPIRY_REASON = 'payment_timeout';

export interface ShopSavedPayload {
  shopId: string;
  ownerId: string;
}

export interface OrderPlacedPayload {
  orderId: string;
  buyerId: string;
  shopOrders: {
    shopOrderId: string;
    shopId: string;
    total: number;
    items: {
      itemId: string;
      productId: string;
      variantId: string;
      quantity: number;
      unitPrice: number;
    }[];
  }[];
}

export interface OrderPaidPayload {
  orderId: string;
  shopOrderIds: string[];
}

export interface OrderCancelledPayload {
  orderId: string;
  reason: string;
}

export interface ShopOrderStatusPayload {
  orderId: string;
  shopOrderId: string;
  shopId: string;
  status: string;
  reason?: string;
}

export interface StockReservedPayload {
  reservationId: string;
  /** The order id, for checkout reservations. */
  reference: string;
  lines: {
    shopId: string;
    variantId: string;
    allocations: { warehouseId: string; quantity: number }[];
  }[];
}

export interface RefundSucceededPayload {
  refundId: string;
  orderId: string;
  /** The ShopOrder id for a cancelled paid ShopOrder; the order id for a payment after expiry. */
  reference: string;
  amount: number;
}

export interface ConsumedEvents {
  [SHOP_SAVED]: ShopSavedPayload;
  [ORDER_PLACED]: OrderPlacedPayload;
  [ORDER_PAID]: OrderPaidPayload;
  [ORDER_CANCELLED]: OrderCancelledPayload;
  [SHOP_ORDER_SHIPPED]: ShopOrderStatusPayload;
  [SHOP_ORDER_DELIVERED]: ShopOrderStatusPayload;
  [SHOP_ORDER_COMPLETED]: ShopOrderStatusPayload;
  [SHOP_ORDER_CANCELLED]: ShopOrderStatusPayload;
  [STOCK_RESERVED]: StockReservedPayload;
  [REFUND_SUCCEEDED]: RefundSucceededPayload;
}

export type ConsumedEventType = keyof ConsumedEvents;
export const CONSUMED_EVENT_TYPES = [
  SHOP_SAVED,
  ORDER_PLACED,
  ORDER_PAID,
  ORDER_CANCELLED,
  SHOP_ORDER_SHIPPED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_COMPLETED,
  SHOP_ORDER_CANCELLED,
  STOCK_RESERVED,
  REFUND_SUCCEEDED,
] as const satisfies readonly ConsumedEventType[];
