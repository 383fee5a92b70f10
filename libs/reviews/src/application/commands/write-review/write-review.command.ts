import { Command } from '@nestjs/cqrs';

/** A buyer reviews a product, once; the review waits for moderation. */
export class WriteReviewCommand extends Command<{ reviewId: string }> {
  constructor(
    readonly buyerId: string,
    readonly productId: string,
    readonly rating: number,
    readonly title: string,
    readonly text: string,
  ) {
    super();
  }
}
