import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { reviewNotFound } from '../../../domain/review/review.errors';
import { ReviewRepository } from '../../../domain/review/review.repository';
import { VoteOnReviewCommand } from './vote-on-review.command';

/** Under the review's row lock, so concurrent votes never lose a count. */
@CommandHandler(VoteOnReviewCommand)
export class VoteOnReviewHandler implements ICommandHandler<VoteOnReviewCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly reviews: ReviewRepository,
  ) {}

  execute({ reviewId, voterId, helpful }: VoteOnReviewCommand): Promise<void> {
    return this.em.transactional(async () => {
      const review = await this.reviews.findByIdForUpdate(reviewId);
      if (!review) throw reviewNotFound(reviewId);
      const vote = review.vote(voterId, helpful, new Date());
      await this.reviews.save(review, vote);
    });
  }
}
