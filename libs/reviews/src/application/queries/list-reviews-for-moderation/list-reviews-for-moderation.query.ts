import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ReviewStatus } from '../../../domain/review/review.aggregate';
import { ReviewView } from '../get-review/review.view';

/** The moderation queue: reviews in one state, oldest first. */
export class ListReviewsForModerationQuery extends Query<Page<ReviewView>> {
  constructor(
    readonly status: ReviewStatus,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
