import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { PromotionView } from './promotion.view';

/** One promotion, for admins or the seller of its shop; anyone else gets a 404. */
export class GetPromotionQuery extends Query<PromotionView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly promotionId: string,
  ) {
    super();
  }
}
