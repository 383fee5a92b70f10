import { Command } from '@nestjs/cqrs';

/** Another user finds an approved review helpful or not; once per user and review. */
export class VoteOnReviewCommand extends Command<void> {
  constructor(
    readonly reviewId: string,
    readonly voterId: string,
    readonly helpful: boolean,
  ) {
    super();
  }
}
