import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReviewFacts } from '../../../domain/review/review-facts';
import { NotProductSellerError, reviewNotFound } from '../../../domain/review/review.errors';
import { ReviewRepository } from '../../../domain/review/review.repository';
import { ReplyToReviewCommand } from './reply-to-review.command';

@CommandHandler(ReplyToReviewCommand)
export class ReplyToReviewHandler implements ICommandHandler<ReplyToReviewCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly reviews: ReviewRepository,
    private readonly facts: ReviewFacts,
  ) {}

  execute({ reviewId, sellerId, text }: ReplyToReviewCommand): Promise<void> {
    return this.em.transactional(async () => {
      const review = await this.reviews.findByIdForUpdate(reviewId);
      if (!review || review.status !== 'approved') throw reviewNotFound(reviewId);
      const [shopId] = await this.facts.shopsSelling(sellerId, review.productId);
      if (!shopId) throw new NotProductSellerError(review.productId);
      review.replyAs(shopId, text, new Date());
      await this.reviews.save(review);
    });
  }
}
