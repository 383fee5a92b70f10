import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { listProducts } from '../list-products/product-listing';
import { ProductListItemView } from '../list-products/product-list-item.view';
import { ReadModelCache } from '../read-model-cache/read-model-cache';
import { shopNotFound } from '../search.errors';
import { ListShopProductsQuery } from './list-shop-products.query';

/** Served from the read model cache, as the marketplace listing; an unknown shop is cached too. */
@QueryHandler(ListShopProductsQuery)
export class ListShopProductsHandler implements IQueryHandler<ListShopProductsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly cache: ReadModelCache,
  ) {}

  async execute({ shopSlug, filters }: ListShopProductsQuery): Promise<Page<ProductListItemView>> {
    const { shopFound, page } = await listProducts(this.em, this.cache, { shopSlug }, filters);
    if (!shopFound) throw shopNotFound(shopSlug);
    return page;
  }
}
