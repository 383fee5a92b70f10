import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import {
  PublicReviewView,
  REVIEW_COLUMNS,
  ReviewRow,
  toPublicReviewView,
} from '../get-review/review.view';
import { ListProductReviewsQuery, ReviewSort } from './list-product-reviews.query';

const ORDER: Record<ReviewSort, string> = {
  newest: 'created_at desc, id',
  helpful: 'helpful_count desc, not_helpful_count, created_at desc, id',
};

@QueryHandler(ListProductReviewsQuery)
export class ListProductReviewsHandler implements IQueryHandler<ListProductReviewsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(query: ListProductReviewsQuery): Promise<Page<PublicReviewView>> {
    const { productId, sort, limit, offset } = query;
    const [rows, [count]] = await Promise.all([
      this.em.execute<ReviewRow[]>(
        `select ${REVIEW_COLUMNS} from reviews.reviews
          where product_id = ? and status = 'approved'
          order by ${ORDER[sort]} limit ? offset ?`,
        [productId, limit, offset],
      ),
      this.em.execute<{ total: number }[]>(
        `select count(*)::int as total from reviews.reviews
          where product_id = ? and status = 'approved'`,
        [productId],
      ),
    ]);
    return { items: rows.map(toPublicReviewView), total: count.total, limit, offset };
  }
}
