import type { Payment } from '../payment/payment.aggregate';
import { Refund, RefundRequest } from './refund.aggregate';
import { OrderNotPaidError } from './refund.errors';

/**
 * Which of an order's succeeded payments (newest first) gives the money back: the newest that can
 * still cover the amount (none can: refused, naming the most any one could give back).
 * `refunded` holds what each payment's pending and succeeded refunds already take.
 */
export function requestRefund(
  orderId: string,
  succeeded: Payment[],
  refunded: ReadonlyMap<string, number>,
  request: RefundRequest,
  now: Date,
): Refund {
  if (succeeded.length === 0) throw new OrderNotPaidError(orderId);
  const refundedOf = (payment: Payment) => refunded.get(payment.id) ?? 0;
  const refundable = (payment: Payment) => payment.amount - refundedOf(payment);
  const payment =
    succeeded.find((p) => refundable(p) >= request.amount) ??
    succeeded.reduce((best, p) => (refundable(p) > refundable(best) ? p : best));
  return Refund.request(payment, refundedOf(payment), request, now);
}
