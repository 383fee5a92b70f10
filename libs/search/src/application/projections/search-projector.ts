import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import {
  AVAILABILITY_CHANGED,
  CATEGORY_MOVED,
  CATEGORY_SAVED,
  ConsumedEvents,
  ConsumedEventType,
  OFFER_SAVED,
  PRODUCT_SAVED,
  RATING_SUMMARY_CHANGED,
  SHOP_SAVED,
} from '../../contracts/consumed-events';
import { AvailabilityProjection } from './availability.projection';
import { CatalogProjection } from './catalog.projection';
import { RatingsProjection } from './ratings.projection';
import { ShopsProjection } from './shops.projection';

type Apply<T extends ConsumedEventType> = (
  event: EventEnvelope<ConsumedEvents[T]>,
  em: EntityManager,
) => Promise<void>;

/** Applies one event to the read model; the live consumer and the rebuild share it. */
@Injectable()
export class SearchProjector {
  private readonly handlers: { [T in ConsumedEventType]: Apply<T> };

  constructor(
    catalog: CatalogProjection,
    shops: ShopsProjection,
    stock: AvailabilityProjection,
    ratings: RatingsProjection,
  ) {
    this.handlers = {
      [PRODUCT_SAVED]: (event, em) => catalog.productSaved(event, em),
      [CATEGORY_SAVED]: (event, em) => catalog.categorySaved(event, em),
      [CATEGORY_MOVED]: (event, em) => catalog.categoryMoved(event, em),
      [SHOP_SAVED]: (event, em) => shops.shopSaved(event, em),
      [OFFER_SAVED]: (event, em) => shops.offerSaved(event, em),
      [AVAILABILITY_CHANGED]: (event, em) => stock.availabilityChanged(event, em),
      [RATING_SUMMARY_CHANGED]: (event, em) => ratings.ratingSummaryChanged(event, em),
    };
  }

  /** Events of other types are not part of the read model and are ignored. */
  async apply(event: EventEnvelope, em: EntityManager): Promise<void> {
    const handler = this.handlers[event.type as ConsumedEventType] as Apply<ConsumedEventType>;
    if (handler) await handler(event as EventEnvelope<never>, em);
  }
}
