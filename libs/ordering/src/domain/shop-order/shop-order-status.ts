import { CancellationReason } from '../../contracts/ordering.events';

export const SHOP_ORDER_STATUSES = [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
] as const;
export type ShopOrderStatus = (typeof SHOP_ORDER_STATUSES)[number];

/**
 * The status machine of one shop's part of an order: from each status, where it may go.
 * Shipping needs a carrier and a tracking number; cancelling needs a reason the status allows
 * (see CANCELLATION_REASONS_BY_STATUS).
 */
export const SHOP_ORDER_TRANSITIONS: Record<ShopOrderStatus, readonly ShopOrderStatus[]> = {
  pending_payment: ['paid', 'cancelled'],
  paid: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
};

/**
 * Why a ShopOrder may be cancelled from each status: unpaid, because the payment window closed or
 * the buyer changed their mind; paid, only by its seller (the buyer is refunded).
 */
export const CANCELLATION_REASONS_BY_STATUS: Partial<
  Record<ShopOrderStatus, readonly CancellationReason[]>
> = {
  pending_payment: ['payment_timeout', 'buyer_cancelled'],
  paid: ['seller_cancelled'],
};
