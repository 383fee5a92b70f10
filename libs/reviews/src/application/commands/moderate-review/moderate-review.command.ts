import { Command } from '@nestjs/cqrs';

export type ModerationDecision = { approve: true } | { approve: false; reason: string };

/** An admin approves a review (it becomes public) or rejects it with a reason. */
export class ModerateReviewCommand extends Command<void> {
  constructor(
    readonly reviewId: string,
    readonly decision: ModerationDecision,
  ) {
    super();
  }
}
