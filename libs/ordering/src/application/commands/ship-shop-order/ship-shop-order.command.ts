import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** The shop's seller hands a paid ShopOrder to a carrier. */
export class ShipShopOrderCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopOrderId: string,
    readonly carrier: string,
    readonly trackingNumber: string,
  ) {
    super();
  }
}
