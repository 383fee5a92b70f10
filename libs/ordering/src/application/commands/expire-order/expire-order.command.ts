import { Command } from '@nestjs/cqrs';

/**
 * The order's reservation expired (inventory.reservation-expired): an order still awaiting
 * payment is cancelled (payment_timeout) and its promotion use given back. Anything else — a
 * paid or already cancelled order, an unknown id — is left as it is, so repeating it is a no-op.
 */
export class ExpireOrderCommand extends Command<void> {
  constructor(readonly orderId: string) {
    super();
  }
}
