import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import {
  PRODUCT_SELECT,
  ProductRow,
  ProductView,
  toProductView,
} from '../get-product/product.view';
import { ListMyProductsQuery } from './list-my-products.query';

@QueryHandler(ListMyProductsQuery)
export class ListMyProductsHandler implements IQueryHandler<ListMyProductsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId, limit, offset }: ListMyProductsQuery): Promise<Page<ProductView>> {
    const [rows, [count]] = await Promise.all([
      this.em.execute<ProductRow[]>(
        `${PRODUCT_SELECT} where p.created_by = ? order by p.created_at desc, p.id limit ? offset ?`,
        [userId, limit, offset],
      ),
      this.em.execute<{ total: string }[]>(
        'select count(*) as total from catalog.products where created_by = ?',
        [userId],
      ),
    ]);
    return { items: rows.map(toProductView), total: Number(count.total), limit, offset };
  }
}
