import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { SHOP_COLUMNS, ShopRow, ShopView, toShopView } from '../get-shop/shop.view';
import { ListMyShopsQuery } from './list-my-shops.query';

@QueryHandler(ListMyShopsQuery)
export class ListMyShopsHandler implements IQueryHandler<ListMyShopsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ ownerId, limit, offset }: ListMyShopsQuery): Promise<Page<ShopView>> {
    const [rows, [count]] = await Promise.all([
      this.em.execute<ShopRow[]>(
        `select ${SHOP_COLUMNS} from shops.shops where owner_id = ?
          order by created_at desc, id limit ? offset ?`,
        [ownerId, limit, offset],
      ),
      this.em.execute<{ total: string }[]>(
        'select count(*) as total from shops.shops where owner_id = ?',
        [ownerId],
      ),
    ]);
    return { items: rows.map(toShopView), total: Number(count.total), limit, offset };
  }
}
