import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ReviewView } from '../get-review/review.view';

/** The reviews a buyer wrote, whatever their moderation state, newest first. */
export class ListMyReviewsQuery extends Query<Page<ReviewView>> {
  constructor(
    readonly buyerId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
