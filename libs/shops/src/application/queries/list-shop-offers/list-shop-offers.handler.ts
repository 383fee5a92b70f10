import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { OFFER_COLUMNS, OfferRow, OfferView, toOfferView } from '../get-offer/offer.view';
import { assertManagesShop } from '../managed-shop';
import { ListShopOffersQuery } from './list-shop-offers.query';

@QueryHandler(ListShopOffersQuery)
export class ListShopOffersHandler implements IQueryHandler<ListShopOffersQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute(query: ListShopOffersQuery): Promise<Page<OfferView>> {
    const { actor, shopId, active, limit, offset } = query;
    await assertManagesShop(this.em, actor, shopId);
    // `active` is null for "either", so one statement serves the filtered and unfiltered list.
    const where = 'shop_id = ? and (?::boolean is null or active = ?::boolean)';
    const params = [shopId, active ?? null, active ?? null];
    const [rows, [count]] = await Promise.all([
      this.em.execute<OfferRow[]>(
        `select ${OFFER_COLUMNS} from shops.shop_products where ${where}
          order by created_at desc, id limit ? offset ?`,
        [...params, limit, offset],
      ),
      this.em.execute<{ total: string }[]>(
        `select count(*) as total from shops.shop_products where ${where}`,
        params,
      ),
    ]);
    return { items: rows.map(toOfferView), total: Number(count.total), limit, offset };
  }
}
