import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { RatingHistogram } from '../../contracts/reviews.events';
import {
  emptyHistogram,
  RatingSummary,
} from '../../domain/rating-summary/rating-summary.aggregate';
import { RatingSummaryRepository } from '../../domain/rating-summary/rating-summary.repository';

@Injectable()
export class MikroOrmRatingSummaryRepository extends RatingSummaryRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async lock(productId: string): Promise<RatingSummary> {
    await this.em.execute(
      `insert into reviews.rating_summaries (product_id, updated_at) values (?, now())
       on conflict (product_id) do nothing`,
      [productId],
    );
    return this.em.findOneOrFail(
      RatingSummary,
      { productId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async countApproved(productId: string): Promise<RatingHistogram> {
    const rows = await this.em.execute<{ rating: number; count: number }[]>(
      `select rating, count(*)::int as count from reviews.reviews
        where product_id = ? and status = 'approved' group by rating`,
      [productId],
    );
    const histogram = emptyHistogram();
    for (const row of rows) histogram[String(row.rating) as keyof RatingHistogram] = row.count;
    return histogram;
  }

  async save(summary: RatingSummary): Promise<void> {
    await this.em.persist(summary).flush();
  }
}
