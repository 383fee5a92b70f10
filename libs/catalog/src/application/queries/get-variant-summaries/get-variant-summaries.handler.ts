import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetVariantSummariesQuery } from './get-variant-summaries.query';
import { VariantSummary } from './variant-summary.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  variant_id: string;
  sku: string;
  title: string;
  product_id: string;
  product_slug: string;
  product_name: string;
  product_status: VariantSummary['productStatus'];
}

@QueryHandler(GetVariantSummariesQuery)
export class GetVariantSummariesHandler implements IQueryHandler<GetVariantSummariesQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ variantIds }: GetVariantSummariesQuery): Promise<VariantSummary[]> {
    // A string that is not a UUID names no variant (and must not reach the uuid[] literal).
    const ids = [
      ...new Set(variantIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase())),
    ];
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Row[]>(
      `select v.id as variant_id, v.sku, v.title, p.id as product_id, p.slug as product_slug,
              p.name as product_name, p.status as product_status
         from catalog.variants v join catalog.products p on p.id = v.product_id
        where v.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    return rows.map((row) => ({
      variantId: row.variant_id,
      sku: row.sku,
      title: row.title,
      productId: row.product_id,
      productSlug: row.product_slug,
      productName: row.product_name,
      productStatus: row.product_status,
    }));
  }
}
