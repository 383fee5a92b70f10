import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** The buyer confirms a delivered ShopOrder arrived: it is completed. */
export class ConfirmDeliveryCommand extends Command<{ orderId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopOrderId: string,
  ) {
    super();
  }
}
