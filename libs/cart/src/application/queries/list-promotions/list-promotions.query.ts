import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { PromotionView } from '../get-promotion/promotion.view';

/** Newest first: every promotion for an admin, those of the seller's shops for a seller. */
export class ListPromotionsQuery extends Query<Page<PromotionView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
