import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { PublicReviewView } from '../get-review/review.view';

export const REVIEW_SORTS = ['newest', 'helpful'] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

/** A product's approved reviews, newest or most helpful first. */
export class ListProductReviewsQuery extends Query<Page<PublicReviewView>> {
  constructor(
    readonly productId: string,
    readonly sort: ReviewSort,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
