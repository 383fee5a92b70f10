import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ReviewView } from './review.view';

/** One review with its moderation state, for its author or an admin. */
export class GetReviewQuery extends Query<ReviewView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly reviewId: string,
  ) {
    super();
  }
}
