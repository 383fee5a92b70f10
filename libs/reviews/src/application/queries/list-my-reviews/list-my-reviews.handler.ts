import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { REVIEW_COLUMNS, ReviewRow, ReviewView, toReviewView } from '../get-review/review.view';
import { ListMyReviewsQuery } from './list-my-reviews.query';

@QueryHandler(ListMyReviewsQuery)
export class ListMyReviewsHandler implements IQueryHandler<ListMyReviewsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ buyerId, limit, offset }: ListMyReviewsQuery): Promise<Page<ReviewView>> {
    const [rows, [count]] = await Promise.all([
      this.em.execute<ReviewRow[]>(
        `select ${REVIEW_COLUMNS} from reviews.reviews where buyer_id = ?
          order by created_at desc, id limit ? offset ?`,
        [buyerId, limit, offset],
      ),
      this.em.execute<{ total: number }[]>(
        'select count(*)::int as total from reviews.reviews where buyer_id = ?',
        [buyerId],
      ),
    ]);
    return { items: rows.map(toReviewView), total: count.total, limit, offset };
  }
}
