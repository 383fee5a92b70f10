import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ReadModelCache } from '../read-model-cache/read-model-cache';
import { ListProductsQuery } from './list-products.query';
import { ProductListItemView } from './product-list-item.view';
import { listProducts, OfferScope } from './product-listing';

/** Served from the read model cache: a page is computed once per read model version. */
@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly cache: ReadModelCache,
  ) {}

  async execute({ filters, shopId }: ListProductsQuery): Promise<Page<ProductListItemView>> {
    const scope: OfferScope = shopId ? { shopId } : { all: true };
    return (await listProducts(this.em, this.cache, scope, filters)).page;
  }
}
