import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ProductListFilters } from '../list-products/product-listing';
import { ProductListItemView } from '../list-products/product-list-item.view';

/** The products an active shop offers, with that shop's prices; otherwise a 404. */
export class ListShopProductsQuery extends Query<Page<ProductListItemView>> {
  constructor(
    readonly shopSlug: string,
    readonly filters: ProductListFilters,
  ) {
    super();
  }
}
