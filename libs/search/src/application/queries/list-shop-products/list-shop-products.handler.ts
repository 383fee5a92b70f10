import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { listProducts } from '../list-products/product-listing';
import { ProductListItemView } from '../list-products/product-list-item.view';
import { shopNotFound } from '../search.errors';
import { ListShopProductsQuery } from './list-shop-products.query';

@QueryHandler(ListShopProductsQuery)
export class ListShopProductsHandler implements IQueryHandler<ListShopProductsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ shopSlug, filters }: ListShopProductsQuery): Promise<Page<ProductListItemView>> {
    const { shopFound, page } = await listProducts(this.em, { shopSlug }, filters);
    if (!shopFound) throw shopNotFound(shopSlug);
    return page;
  }
}
