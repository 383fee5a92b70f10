import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { reviewNotFound } from '../../../domain/review/review.errors';
import { GetReviewQuery } from './get-review.query';
import { REVIEW_COLUMNS, ReviewRow, ReviewView, toReviewView } from './review.view';

@QueryHandler(GetReviewQuery)
export class GetReviewHandler implements IQueryHandler<GetReviewQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, reviewId }: GetReviewQuery): Promise<ReviewView> {
    const [row] = await this.em.execute<ReviewRow[]>(
      `select ${REVIEW_COLUMNS} from reviews.reviews where id = ?`,
      [reviewId],
    );
    if (!row) throw reviewNotFound(reviewId);
    assertOwnership(actor, row.buyer_id, () => reviewNotFound(reviewId));
    return toReviewView(row);
  }
}
