import { ShopOrderStatus } from '../shop-order/shop-order-status';

export type OrderStatus = ShopOrderStatus;

/** How far a live (not cancelled) ShopOrder has come; the order is as far as its slowest part. */
const PROGRESS: readonly ShopOrderStatus[] = [
  'pending_payment',
  'paid',
  'shipped',
  'delivered',
  'completed',
];

/**
 * An order's status, derived from its ShopOrders (it is never stored on its own):
 * - every ShopOrder cancelled → `cancelled`;
 * - otherwise the least advanced status among the ShopOrders that are not cancelled, in the
 *   order pending_payment < paid < shipped < delivered < completed. So all pending →
 *   `pending_payment`; one shipped and one still paid → `paid`; one cancelled and the other
 *   delivered → `delivered`; all completed (or completed and cancelled) → `completed`.
 */
export function deriveOrderStatus(statuses: readonly ShopOrderStatus[]): OrderStatus {
  const live = statuses.filter((status) => status !== 'cancelled');
  if (live.length === 0) return 'cancelled';
  return live.reduce((least, status) =>
    PROGRESS.indexOf(status) < PROGRESS.indexOf(least) ? status : least,
  );
}
