import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { SimulatedOutcome, TestCard } from './payment-simulator';
import { SimulatedPaymentView } from './simulated-payment.view';

/**
 * The simulated provider's stand-in for the buyer paying (or being declined) at the provider:
 * settles the intent there and has the provider deliver its signed webhook to Pasar over HTTP.
 * Only the payment's buyer or an admin, and only while the simulated provider is configured
 * (404 otherwise). Repeating the same outcome redelivers the same event.
 */
export class SimulatePaymentCommand extends Command<SimulatedPaymentView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly intentId: string,
    readonly outcome: SimulatedOutcome,
    readonly failureReason: string | null,
    /** The card paid with (brand and last four digits), reported in the provider's event. */
    readonly card: TestCard | null = null,
  ) {
    super();
  }
}
