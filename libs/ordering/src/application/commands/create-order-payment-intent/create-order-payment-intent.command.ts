import { Command } from '@nestjs/cqrs';
import { PaymentIntentView } from '@pasar/payments';
import { Actor } from '@pasar/shared';

/**
 * The buyer asks to pay their order: allowed while it awaits payment and its window is open
 * (ORDERING.ORDER_NOT_PAYABLE otherwise); the payments context creates (or reuses) the intent.
 */
export class CreateOrderPaymentIntentCommand extends Command<PaymentIntentView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly orderId: string,
  ) {
    super();
  }
}
