import { Query } from '@nestjs/cqrs';
import { OfferSummary } from './offer-summary.view';

/**
 * Public query for other contexts (the cart prices its lines with it): the offers that exist
 * among `offerIds`, active or not, with their shop. Unknown ids are simply absent.
 */
export class GetOffersQuery extends Query<OfferSummary[]> {
  constructor(readonly offerIds: string[]) {
    super();
  }
}
