import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { assertOwnership } from '@pasar/shared';
import { shopNotFound } from '../../../domain/shop/shop.errors';
import { GetShopQuery } from './get-shop.query';
import { SHOP_COLUMNS, ShopRow, ShopView, toShopView } from './shop.view';

@QueryHandler(GetShopQuery)
export class GetShopHandler implements IQueryHandler<GetShopQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, shopId }: GetShopQuery): Promise<ShopView> {
    const [row] = await this.em.execute<ShopRow[]>(
      `select ${SHOP_COLUMNS} from shops.shops where id = ?`,
      [shopId],
    );
    if (!row) throw shopNotFound(shopId);
    assertOwnership(actor, row.owner_id, () => shopNotFound(shopId));
    return toShopView(row);
  }
}
