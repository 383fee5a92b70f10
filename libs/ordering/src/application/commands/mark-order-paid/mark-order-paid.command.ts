import { Command } from '@nestjs/cqrs';

/**
 * The payment of an order succeeded (payments.payment-succeeded). Awaiting payment: its stock
 * is committed and every ShopOrder becomes paid. Too late — the reservation already expired, or
 * the order was cancelled — the order stays cancelled and the payment is refunded in full.
 * Already paid: nothing happens.
 */
export class MarkOrderPaidCommand extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly paymentId: string,
    /** What was paid, in minor units (refunded whole when the payment came too late). */
    readonly amount: number,
  ) {
    super();
  }
}
