import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { PromotionRedemptionRepository } from '../../../domain/promotion/promotion-redemption.repository';
import { PromotionUsage } from '../../../domain/promotion/promotion-usage';
import { ReleasePromotionRedemptionCommand } from './release-promotion-redemption.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The redemption's row lock makes concurrent releases of one order give the use back once. */
@CommandHandler(ReleasePromotionRedemptionCommand)
export class ReleasePromotionRedemptionHandler implements ICommandHandler<ReleasePromotionRedemptionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly redemptions: PromotionRedemptionRepository,
    private readonly usage: PromotionUsage,
  ) {}

  async execute({ orderId }: ReleasePromotionRedemptionCommand): Promise<void> {
    // An id that is not a UUID names no order, so there is nothing to give back.
    if (!UUID.test(orderId)) return;
    return this.em.transactional(async () => {
      const redemption = await this.redemptions.findByOrderForUpdate(orderId);
      if (!redemption?.release(new Date())) return;
      await this.usage.giveBack(redemption.promotionId);
      await this.redemptions.save(redemption);
    });
  }
}
