import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { PromotionChanges } from '../../../domain/promotion/promotion.aggregate';

/** Switches a promotion on or off, moves its end or changes its limits; only given fields change. */
export class RevisePromotionCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly promotionId: string,
    readonly changes: PromotionChanges,
  ) {
    super();
  }
}
