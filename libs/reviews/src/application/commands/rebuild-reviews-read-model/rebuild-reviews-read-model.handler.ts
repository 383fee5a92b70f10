import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { replayOutbox } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../../contracts/consumed-events';
import { RatingHistogram } from '../../../contracts/reviews.events';
import {
  emptyHistogram,
  RatingSummary,
} from '../../../domain/rating-summary/rating-summary.aggregate';
import { ReviewFactsProjector } from '../../projections/review-facts-projector';
import {
  RebuildReviewsReadModelCommand,
  RebuildReviewsReadModelResult,
} from './rebuild-reviews-read-model.command';

@CommandHandler(RebuildReviewsReadModelCommand)
export class RebuildReviewsReadModelHandler implements ICommandHandler<RebuildReviewsReadModelCommand> {
  constructor(
    private readonly orm: MikroORM,
    private readonly projector: ReviewFactsProjector,
  ) {}

  execute({ batchSize }: RebuildReviewsReadModelCommand): Promise<RebuildReviewsReadModelResult> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      await tx.execute(
        `truncate reviews.products, reviews.purchased_items, reviews.received_shop_orders,
                  reviews.shop_owners, reviews.shop_offers`,
      );
      // Moderation recounts a summary under its row lock; holding the table keeps a decision
      // from landing between this recount and the commit.
      await tx.execute('lock table reviews.rating_summaries in exclusive mode');
      const replayed = await replayOutbox(tx, CONSUMED_EVENT_TYPES, batchSize, (event) =>
        this.projector.apply(event, tx),
      );
      const { summaries, corrected } = await this.recountSummaries(tx, batchSize);
      return { replayed, summaries, corrected };
    });
  }

  /**
   * Recounts every summary through the aggregate, so one that was wrong records
   * reviews.rating-summary-changed (search learns the right numbers) and a right one records
   * nothing.
   */
  private async recountSummaries(
    tx: EntityManager,
    batchSize: number,
  ): Promise<{ summaries: number; corrected: number }> {
    const counts = new Map<string, RatingHistogram>();
    const rows = await tx.execute<{ product_id: string; rating: number; count: number }[]>(
      `select product_id, rating, count(*)::int as count from reviews.reviews
        where status = 'approved' group by product_id, rating`,
    );
    for (const row of rows) {
      const histogram = counts.get(row.product_id) ?? emptyHistogram();
      histogram[String(row.rating) as keyof RatingHistogram] = row.count;
      counts.set(row.product_id, histogram);
    }
    const existing = await tx.execute<{ product_id: string }[]>(
      'select product_id from reviews.rating_summaries',
    );
    const productIds = [...new Set([...existing.map((row) => row.product_id), ...counts.keys()])];
    const now = new Date();
    let corrected = 0;
    for (let start = 0; start < productIds.length; start += batchSize) {
      const page = productIds.slice(start, start + batchSize);
      const loaded = await tx.find(RatingSummary, { productId: { $in: page } });
      const byId = new Map(loaded.map((summary) => [summary.productId, summary]));
      for (const productId of page) {
        const summary = byId.get(productId) ?? RatingSummary.empty(productId, now);
        if (summary.recount(counts.get(productId) ?? emptyHistogram(), now)) corrected++;
        tx.persist(summary);
      }
      await tx.flush();
      tx.clear();
    }
    return { summaries: productIds.length, corrected };
  }
}
