// Integration events of the ordering context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const ORDER_PLACED = 'ordering.order-placed';
export const ORDER_PAID = 'ordering.order-paid';
export const ORDER_CANCELLED = 'ordering.order-cancelled';
export const SHOP_ORDER_SHIPPED = 'ordering.shop-order-shipped';
export const SHOP_ORDER_DELIVERED = 'ordering.shop-order-delivered';
export const SHOP_ORDER_COMPLETED = 'ordering.shop-order-completed';
export const SHOP_ORDER_CANCELLED = 'ordering.shop-order-cancelled';

export const CANCELLATION_REASONS = [
  'payment_timeout',
  'buyer_cancelled',
  'seller_cancelled',
  'payment_after_expiry',
] as const;
export type CancellationReason = (typeof CANCELLATION_REASONS)[number];

export interface OrderItemPayload {
  itemId: string;
  offerId: string;
  productId: string;
  variantId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  quantity: number;
  unitPrice: number;
}

export interface ShopOrderPayload {
  shopOrderId: string;
  shopId: string;
  subtotal: number;
  discount: number;
  /** What the buyer pays for this shop's shipping (0 when free). */
  shipping: number;
  /** subtotal − discount + shipping. */
  total: number;
  items: OrderItemPayload[];
}

/** Checkout created the order; its stock is reserved until `expiresAt`. Amounts in minor units. */
export interface OrderPlacedPayload {
  orderId: string;
  /** The order's human-readable number (`PSR-7K3M-Q9XD`), for texts people read. */
  orderNumber: string;
  buyerId: string;
  currency: string;
  subtotal: number;
  discount: number;
  /** Every shop's shipping. */
  shipping: number;
  /** subtotal − discount + shipping: what the buyer pays. */
  total: number;
  promotionCode: string | null;
  expiresAt: string;
  shopOrders: ShopOrderPayload[];
}

export interface OrderPaidPayload {
  orderId: string;
  orderNumber: string;
  buyerId: string;
  /** Null when there was nothing to pay (the total was 0), so no payment was made. */
  paymentId: string | null;
  total: number;
  currency: string;
  shopOrderIds: string[];
}

/** The whole order was cancelled before it was paid (expired or cancelled by the buyer). */
export interface OrderCancelledPayload {
  orderId: string;
  orderNumber: string;
  buyerId: string;
  reason: CancellationReason;
}

/** One shop's part changed status. `refundAmount` is set when a paid ShopOrder was cancelled. */
export interface ShopOrderStatusPayload {
  orderId: string;
  orderNumber: string;
  shopOrderId: string;
  shopId: string;
  buyerId: string;
  status: string;
  carrier?: string;
  trackingNumber?: string;
  reason?: CancellationReason;
  refundAmount?: number;
}
