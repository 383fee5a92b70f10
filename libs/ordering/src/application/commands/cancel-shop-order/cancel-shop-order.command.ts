import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/**
 * The shop's seller cancels a paid ShopOrder: in the same transaction the buyer's refund of its
 * total is requested and the units it sold go back on the shelves.
 */
export class CancelShopOrderCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopOrderId: string,
    /** The seller's words, kept on the ShopOrder and given as the refund's reason. */
    readonly reason: string,
  ) {
    super();
  }
}
