import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { REVIEW_COLUMNS, ReviewRow, ReviewView, toReviewView } from '../get-review/review.view';
import { ListReviewsForModerationQuery } from './list-reviews-for-moderation.query';

@QueryHandler(ListReviewsForModerationQuery)
export class ListReviewsForModerationHandler implements IQueryHandler<ListReviewsForModerationQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(query: ListReviewsForModerationQuery): Promise<Page<ReviewView>> {
    const { status, limit, offset } = query;
    const [rows, [count]] = await Promise.all([
      this.em.execute<ReviewRow[]>(
        `select ${REVIEW_COLUMNS} from reviews.reviews where status = ?
          order by created_at, id limit ? offset ?`,
        [status, limit, offset],
      ),
      this.em.execute<{ total: number }[]>(
        'select count(*)::int as total from reviews.reviews where status = ?',
        [status],
      ),
    ]);
    return { items: rows.map(toReviewView), total: count.total, limit, offset };
  }
}
