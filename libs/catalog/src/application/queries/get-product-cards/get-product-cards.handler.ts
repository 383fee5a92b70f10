import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetProductCardsQuery } from './get-product-cards.query';
import { ProductCardSummary } from './product-card-summary.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  name: string;
  status: ProductCardSummary['status'];
  image_url: string | null;
}

@QueryHandler(GetProductCardsQuery)
export class GetProductCardsHandler implements IQueryHandler<GetProductCardsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ productIds }: GetProductCardsQuery): Promise<ProductCardSummary[]> {
    // A string that is not a UUID names no product (and must not reach the uuid[] literal).
    const ids = [
      ...new Set(productIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase())),
    ];
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Row[]>(
      `select p.id, p.name, p.status,
              (select i.url from catalog.product_images i
                where i.product_id = p.id order by i.position limit 1) as image_url
         from catalog.products p
        where p.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    return rows.map((row) => ({
      productId: row.id,
      name: row.name,
      status: row.status,
      imageUrl: row.image_url,
    }));
  }
}
