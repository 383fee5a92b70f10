import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ProductExistsQuery } from './product-exists.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@QueryHandler(ProductExistsQuery)
export class ProductExistsHandler implements IQueryHandler<ProductExistsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ productId }: ProductExistsQuery): Promise<boolean> {
    // A string that is not a UUID names no product (and must not reach the uuid comparison).
    if (!UUID.test(productId)) return false;
    const [row] = await this.em.execute<{ found: boolean }[]>(
      'select exists (select 1 from catalog.products where id = ?) as found',
      [productId],
    );
    return row.found;
  }
}
