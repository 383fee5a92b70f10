import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ProductView } from '../get-product/product.view';

/** The products a user created, newest first. */
export class ListMyProductsQuery extends Query<Page<ProductView>> {
  constructor(
    readonly userId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
