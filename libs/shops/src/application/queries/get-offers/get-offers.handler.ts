import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetOffersQuery } from './get-offers.query';
import { OfferSummary } from './offer-summary.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Row {
  id: string;
  shop_id: string;
  shop_name: string;
  shop_active: boolean;
  variant_id: string;
  product_id: string;
  price_amount: string;
  price_currency: string;
  active: boolean;
}

@QueryHandler(GetOffersQuery)
export class GetOffersHandler implements IQueryHandler<GetOffersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ offerIds }: GetOffersQuery): Promise<OfferSummary[]> {
    // A string that is not a UUID names no offer (and must not reach the uuid[] literal).
    const ids = [...new Set(offerIds.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
    if (ids.length === 0) return [];
    const rows = await this.em.execute<Row[]>(
      `select o.id, o.shop_id, s.name as shop_name, s.active as shop_active, o.variant_id,
              o.product_id, o.price_amount, o.price_currency, o.active
         from shops.shop_products o join shops.shops s on s.id = o.shop_id
        where o.id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    return rows.map((row) => ({
      id: row.id,
      shopId: row.shop_id,
      shopName: row.shop_name,
      shopActive: row.shop_active,
      variantId: row.variant_id,
      productId: row.product_id,
      price: { amount: Number(row.price_amount), currency: row.price_currency },
      active: row.active,
    }));
  }
}
