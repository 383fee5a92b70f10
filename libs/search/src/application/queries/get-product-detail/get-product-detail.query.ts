import { Query } from '@nestjs/cqrs';
import { ProductDetailView } from './product-detail.view';

/** An active product by slug, with its listed offers; anything else is a 404. */
export class GetProductDetailQuery extends Query<ProductDetailView> {
  constructor(readonly slug: string) {
    super();
  }
}
