import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReviewFacts } from '../../../domain/review/review-facts';
import { Review } from '../../../domain/review/review.aggregate';
import { AlreadyReviewedError, productNotFound } from '../../../domain/review/review.errors';
import { ReviewRepository } from '../../../domain/review/review.repository';
import { WriteReviewCommand } from './write-review.command';

@CommandHandler(WriteReviewCommand)
export class WriteReviewHandler implements ICommandHandler<WriteReviewCommand> {
  constructor(
    private readonly reviews: ReviewRepository,
    private readonly facts: ReviewFacts,
  ) {}

  async execute(command: WriteReviewCommand): Promise<{ reviewId: string }> {
    const { buyerId, productId } = command;
    if (!(await this.facts.isReviewable(productId))) throw productNotFound(productId);
    if (await this.reviews.hasReviewed(buyerId, productId)) {
      throw new AlreadyReviewedError(productId);
    }
    const review = Review.write({
      productId,
      buyerId,
      rating: command.rating,
      title: command.title,
      text: command.text,
      verified: await this.facts.hasReceived(buyerId, productId),
      now: new Date(),
    });
    await this.reviews.save(review);
    return { reviewId: review.id };
  }
}
