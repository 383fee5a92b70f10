import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { OfferView } from './offer.view';

/** One offer of a shop, for the shop's owner (or an admin); anyone else gets a 404. */
export class GetOfferQuery extends Query<OfferView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly offerId: string,
  ) {
    super();
  }
}
