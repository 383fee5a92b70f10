import { DomainEvent } from '@pasar/shared/domain';
import { OFFER_SAVED, OfferSavedPayload } from '../../contracts/shops.events';

/** Recorded whenever an offer is created or changed; carries the whole offer. */
export class OfferSavedEvent extends DomainEvent<OfferSavedPayload> {
  readonly type = OFFER_SAVED;
}
