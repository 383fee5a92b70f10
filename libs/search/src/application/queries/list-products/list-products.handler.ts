import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ListProductsQuery } from './list-products.query';
import { ProductListItemView } from './product-list-item.view';
import { listProducts } from './product-listing';

@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ filters, shopId }: ListProductsQuery): Promise<Page<ProductListItemView>> {
    const scope = shopId ? { shopId } : { all: true as const };
    return (await listProducts(this.em, scope, filters)).page;
  }
}
