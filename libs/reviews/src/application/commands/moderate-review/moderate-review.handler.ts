import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { RatingSummaryRepository } from '../../../domain/rating-summary/rating-summary.repository';
import { reviewNotFound } from '../../../domain/review/review.errors';
import { ReviewRepository } from '../../../domain/review/review.repository';
import { ModerateReviewCommand } from './moderate-review.command';

/**
 * Decides on a review and, in the same transaction, recounts the product's rating summary
 * (which records reviews.rating-summary-changed when the numbers moved). The summary row is
 * locked first-come, so concurrent decisions on one product recount one after the other.
 */
@CommandHandler(ModerateReviewCommand)
export class ModerateReviewHandler implements ICommandHandler<ModerateReviewCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly reviews: ReviewRepository,
    private readonly summaries: RatingSummaryRepository,
  ) {}

  execute({ reviewId, decision }: ModerateReviewCommand): Promise<void> {
    return this.em.transactional(async () => {
      const now = new Date();
      const review = await this.reviews.findByIdForUpdate(reviewId);
      if (!review) throw reviewNotFound(reviewId);
      const summary = await this.summaries.lock(review.productId);
      if (decision.approve) review.approve(now);
      else review.reject(decision.reason, now);
      await this.reviews.save(review);
      summary.recount(await this.summaries.countApproved(review.productId), now);
      await this.summaries.save(summary);
    });
  }
}
