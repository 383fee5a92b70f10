import { Command } from '@nestjs/cqrs';

/**
 * Refunds part or all of an order's succeeded payment. Only records the request (so it can run
 * inside the caller's transaction); the provider is called afterwards, with retries, and the
 * outcome is announced as payments.refund-succeeded / refund-failed. Once per `reference`.
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
