import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ProductListFilters } from './product-listing';
import { ProductListItemView } from './product-list-item.view';

/**
 * The buyer-facing product list. With `shopId`, only that shop's offers count (price, count,
 * availability), and an unknown or inactive shop lists nothing.
 */
export class ListProductsQuery extends Query<Page<ProductListItemView>> {
  constructor(
    readonly filters: ProductListFilters,
    readonly shopId?: string,
  ) {
    super();
  }
}
