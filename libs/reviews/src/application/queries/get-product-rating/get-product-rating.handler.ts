import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { averageOf, countOf } from '../../../domain/rating-summary/rating-summary.aggregate';
import { GetProductRatingQuery } from './get-product-rating.query';
import { ProductRatingView } from './product-rating.view';

@QueryHandler(GetProductRatingQuery)
export class GetProductRatingHandler implements IQueryHandler<GetProductRatingQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ productId }: GetProductRatingQuery): Promise<ProductRatingView> {
    const [row] = await this.em.execute<Record<'s1' | 's2' | 's3' | 's4' | 's5', number>[]>(
      `select stars1 as s1, stars2 as s2, stars3 as s3, stars4 as s4, stars5 as s5
         from reviews.rating_summaries where product_id = ?`,
      [productId],
    );
    const histogram = {
      '1': row?.s1 ?? 0,
      '2': row?.s2 ?? 0,
      '3': row?.s3 ?? 0,
      '4': row?.s4 ?? 0,
      '5': row?.s5 ?? 0,
    };
    return { productId, average: averageOf(histogram), count: countOf(histogram), histogram };
  }
}
