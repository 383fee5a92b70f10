import { Command } from '@nestjs/cqrs';
import { PaymentIntentView } from './payment-intent.view';

/**
 * Asks the configured provider for a payment intent for an order that awaits payment (the
 * ordering context checks the order first). Re-asking for the same order and amount returns the
 * open intent instead of a second one; an order already paid is a 409 (PAYMENTS.ORDER_ALREADY_PAID).
 * A provider outage is a 503 (PAYMENTS.PROVIDER_UNAVAILABLE): the payment is then left
 * `requires_payment` without an intent, and asking again retries with the same idempotency key.
 * It calls the provider between two short transactions of its own: call it outside a transaction,
 * so no lock is held while the provider answers.
 */
export class CreatePaymentIntentCommand extends Command<PaymentIntentView> {
  constructor(
    readonly orderId: string,
    readonly buyerId: string,
    readonly amount: number,
    readonly currency: string,
  ) {
    super();
  }
}
