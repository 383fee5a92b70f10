import { Command } from '@nestjs/cqrs';

/** The seller of a shop that sells the reviewed product answers the review, once. */
export class ReplyToReviewCommand extends Command<void> {
  constructor(
    readonly reviewId: string,
    readonly sellerId: string,
    readonly text: string,
  ) {
    super();
  }
}
