import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** The shop's seller records that a shipped ShopOrder reached the buyer. */
export class DeliverShopOrderCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopOrderId: string,
  ) {
    super();
  }
}
