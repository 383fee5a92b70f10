import { Command } from '@nestjs/cqrs';

/** A payment attempt failed (payments.payment-failed): a timeline row; the buyer may try again. */
export class RecordPaymentFailureCommand extends Command<void> {
  constructor(
    readonly orderId: string,
    readonly paymentId: string,
    readonly failureReason: string | null,
  ) {
    super();
  }
}
