import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetSellableStockQuery, SellableStock } from './get-sellable-stock.query';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@QueryHandler(GetSellableStockQuery)
export class GetSellableStockHandler implements IQueryHandler<GetSellableStockQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ items }: GetSellableStockQuery): Promise<SellableStock[]> {
    const wanted = items.filter((i) => UUID.test(i.shopId) && UUID.test(i.variantId));
    if (wanted.length === 0) return [];
    const rows = await this.em.execute<
      { shop_id: string; variant_id: string; available: number }[]
    >(
      `select w.shop_id, sl.variant_id, sum(sl.on_hand - sl.reserved)::int as available
         from inventory.stock_levels sl
         join inventory.warehouses w on w.id = sl.warehouse_id and w.active
         join unnest(?::uuid[], ?::uuid[]) as q(shop_id, variant_id)
           on q.shop_id = w.shop_id and q.variant_id = sl.variant_id
        group by w.shop_id, sl.variant_id`,
      [
        `{${wanted.map((i) => i.shopId).join(',')}}`,
        `{${wanted.map((i) => i.variantId).join(',')}}`,
      ],
    );
    const found = new Map(rows.map((r) => [`${r.shop_id}:${r.variant_id}`, r.available]));
    return wanted.map(({ shopId, variantId }) => ({
      shopId,
      variantId,
      available: found.get(`${shopId.toLowerCase()}:${variantId.toLowerCase()}`) ?? 0,
    }));
  }
}
