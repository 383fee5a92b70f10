import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { RatingSummaryChanged } from '../../contracts/consumed-events';
import { ListingRecalculator } from './listing-recalculator';

/** Rating summaries from the reviews context (newest `occurredAt` wins), copied onto products. */
@Injectable()
export class RatingsProjection {
  constructor(private readonly listing: ListingRecalculator) {}

  async ratingSummaryChanged(
    event: EventEnvelope<RatingSummaryChanged>,
    em: EntityManager,
  ): Promise<void> {
    const { productId, average, count } = event.payload;
    await this.listing.lockProducts(em, [productId]);
    const applied = await em.execute<{ product_id: string }[]>(
      `insert into search.ratings (product_id, average, count, as_of) values (?, ?, ?, ?)
       on conflict (product_id) do update
          set average = excluded.average, count = excluded.count, as_of = excluded.as_of
        where search.ratings.as_of <= excluded.as_of
       returning product_id`,
      [productId, count === 0 ? 0 : average, count, event.occurredAt],
    );
    if (applied.length === 0) return;
    await em.execute(
      'update search.products set rating_average = ?, rating_count = ? where id = ?',
      [count === 0 ? 0 : average, count, productId],
    );
  }
}
