import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { promotionNotFound } from '../../../domain/promotion/promotion.errors';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { RevisePromotionCommand } from './revise-promotion.command';

@CommandHandler(RevisePromotionCommand)
export class RevisePromotionHandler implements ICommandHandler<RevisePromotionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly promotions: PromotionRepository,
  ) {}

  execute({ actor, promotionId, changes }: RevisePromotionCommand): Promise<void> {
    // The row lock holds redemptions back while a new limit is checked against `used`.
    return this.em.transactional(async () => {
      const promotion = await this.promotions.findByIdForUpdate(promotionId);
      if (!promotion) throw promotionNotFound(promotionId);
      promotion.assertManagedBy(actor);
      promotion.revise(changes, new Date());
      await this.promotions.save(promotion);
    });
  }
}
