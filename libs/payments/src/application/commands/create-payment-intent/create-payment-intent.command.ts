import { Command } from '@nestjs/cqrs';
import { PaymentIntentView } from './payment-intent.view';

/**
 * Asks the configured provider for a payment intent for an order that awaits payment (the
 * ordering context checks the order first). Re-asking for the same order returns the open
 * intent instead of a second one. A provider outage is a 503 (PAYMENTS.PROVIDER_UNAVAILABLE).
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
