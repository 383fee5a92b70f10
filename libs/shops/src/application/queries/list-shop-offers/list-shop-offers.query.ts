import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { OfferView } from '../get-offer/offer.view';

/** A shop's offers for its owner (or an admin), newest first; optionally only (in)active ones. */
export class ListShopOffersQuery extends Query<Page<OfferView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly active: boolean | undefined,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
