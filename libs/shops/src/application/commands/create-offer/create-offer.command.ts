import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MoneyPayload } from '../../../contracts/shops.events';

/** The shop's owner (or an admin) offers a catalog variant at the shop's own price. */
export class CreateOfferCommand extends Command<{ offerId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly variantId: string,
    readonly price: MoneyPayload,
    readonly compareAtPrice: MoneyPayload | null,
    readonly active: boolean,
  ) {
    super();
  }
}
