import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { promotionNotFound } from '../../../domain/promotion/promotion.errors';
import { GetPromotionQuery } from './get-promotion.query';
import { PROMOTION_COLUMNS, PromotionRow, PromotionView, toPromotionView } from './promotion.view';

@QueryHandler(GetPromotionQuery)
export class GetPromotionHandler implements IQueryHandler<GetPromotionQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ actor, promotionId }: GetPromotionQuery): Promise<PromotionView> {
    const [row] = await this.em.execute<PromotionRow[]>(
      `select ${PROMOTION_COLUMNS} from cart.promotions
        where id = ? and (?::boolean or shop_owner_id = ?::uuid)`,
      [promotionId, actor.role === 'admin', actor.id],
    );
    if (!row) throw promotionNotFound(promotionId);
    return toPromotionView(row);
  }
}
