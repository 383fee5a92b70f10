import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import {
  PROMOTION_COLUMNS,
  PromotionRow,
  PromotionView,
  toPromotionView,
} from '../get-promotion/promotion.view';
import { ListPromotionsQuery } from './list-promotions.query';

@QueryHandler(ListPromotionsQuery)
export class ListPromotionsHandler implements IQueryHandler<ListPromotionsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, limit, offset }: ListPromotionsQuery): Promise<Page<PromotionView>> {
    const scope = '(?::boolean or shop_owner_id = ?::uuid)';
    const params = [actor.role === 'admin', actor.id];
    const [rows, [count]] = await Promise.all([
      this.em.execute<PromotionRow[]>(
        `select ${PROMOTION_COLUMNS} from cart.promotions where ${scope}
          order by created_at desc, id limit ? offset ?`,
        [...params, limit, offset],
      ),
      this.em.execute<{ total: number }[]>(
        `select count(*)::int as total from cart.promotions where ${scope}`,
        params,
      ),
    ]);
    return { items: rows.map(toPromotionView), total: count.total, limit, offset };
  }
}
