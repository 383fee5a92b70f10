import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { AvailabilityChanged } from '../../contracts/consumed-events';
import { ListingRecalculator } from './listing-recalculator';

/** What each shop can sell of each variant (newest `occurredAt` wins), copied onto its offers. */
@Injectable()
export class AvailabilityProjection {
  constructor(private readonly listing: ListingRecalculator) {}

  async availabilityChanged(
    event: EventEnvelope<AvailabilityChanged>,
    em: EntityManager,
  ): Promise<void> {
    const { shopId, variantId, available } = event.payload;
    await this.listing.lockStock(em, shopId, variantId);
    const applied = await em.execute<{ shop_id: string }[]>(
      `insert into search.availability (shop_id, variant_id, available, as_of) values (?, ?, ?, ?)
       on conflict (shop_id, variant_id) do update
          set available = excluded.available, as_of = excluded.as_of
        where search.availability.as_of <= excluded.as_of
       returning shop_id`,
      [shopId, variantId, available, event.occurredAt],
    );
    if (applied.length === 0) return;
    const offers = await em.execute<{ product_id: string }[]>(
      'select distinct product_id from search.offers where shop_id = ? and variant_id = ?',
      [shopId, variantId],
    );
    const productIds = offers.map((offer) => offer.product_id);
    await this.listing.lockProducts(em, productIds);
    await em.execute(
      'update search.offers set available = ? where shop_id = ? and variant_id = ?',
      [available, shopId, variantId],
    );
    await this.listing.recompute(em, productIds);
  }
}
