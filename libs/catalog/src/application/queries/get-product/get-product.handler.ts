import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { productNotFound } from '../../../domain/product/product.errors';
import { GetProductQuery } from './get-product.query';
import { PRODUCT_SELECT, ProductRow, ProductView, toProductView } from './product.view';

@QueryHandler(GetProductQuery)
export class GetProductHandler implements IQueryHandler<GetProductQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, productId }: GetProductQuery): Promise<ProductView> {
    const [row] = await this.em.execute<ProductRow[]>(`${PRODUCT_SELECT} where p.id = ?`, [
      productId,
    ]);
    if (!row) throw productNotFound(productId);
    assertOwnership(actor, row.created_by, () => productNotFound(productId));
    return toProductView(row);
  }
}
