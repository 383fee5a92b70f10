import { Query } from '@nestjs/cqrs';
import { ProductRatingView } from './product-rating.view';

export class GetProductRatingQuery extends Query<ProductRatingView> {
  constructor(readonly productId: string) {
    super();
  }
}
