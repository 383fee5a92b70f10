import { Command } from '@nestjs/cqrs';

/**
 * Refunds part or all of an order's succeeded payment. Only records the request (so it can run
 * inside the caller's transaction); the provider is called afterwards, with retries, and the
 * outcome is announced as payments.refund-succeeded / refund-failed. Once per `reference` and
 * order (the same reference again with the same amount does nothing; with another amount it is
 * a 409 PAYMENTS.REFUND_REFERENCE_CONFLICT). Refunds never add up to more than a payment
 * (422 PAYMENTS.REFUND_EXCEEDS_PAYMENT); an order without a succeeded payment is a 409
 * (PAYMENTS.ORDER_NOT_PAID).
 */
export class RequestRefundCommand extends Command<void> {
  constructor(
    readonly orderId: string,
    /** What is refunded, e.g. a ShopOrder id, or the order id for a late payment. */
    readonly reference: string,
    readonly amount: number,
    readonly reason: string,
  ) {
    super();
  }
}
