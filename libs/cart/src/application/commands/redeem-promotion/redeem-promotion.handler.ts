import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionPropagation } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { PromotionRedemption } from '../../../domain/promotion/promotion-redemption.entity';
import { PromotionRedemptionRepository } from '../../../domain/promotion/promotion-redemption.repository';
import { PromotionUsage } from '../../../domain/promotion/promotion-usage';
import {
  InvalidPromotionError,
  OrderAlreadyRedeemedError,
  PromotionNotApplicableError,
  promotionNotFound,
} from '../../../domain/promotion/promotion.errors';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { RedeemPromotionCommand } from './redeem-promotion.command';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Inside checkout's transaction (joined, no savepoint): the buyer's lock, then the per-buyer count,
 * then one conditional update of `used`, so no interleaving of checkouts exceeds either limit.
 * Repeating it for the same order and promotion does nothing.
 */
@CommandHandler(RedeemPromotionCommand)
export class RedeemPromotionHandler implements ICommandHandler<RedeemPromotionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly promotions: PromotionRepository,
    private readonly redemptions: PromotionRedemptionRepository,
    private readonly usage: PromotionUsage,
  ) {}

  async execute({
    promotionId,
    buyerId,
    orderId,
    discount,
  }: RedeemPromotionCommand): Promise<void> {
    const notUuid = Object.entries({ promotionId, buyerId, orderId }).find(
      ([, id]) => !UUID.test(id),
    );
    if (notUuid) throw new InvalidPromotionError(notUuid[0], `${notUuid[0]} must be a UUID`);
    if (!Number.isSafeInteger(discount) || discount < 0) {
      throw new InvalidPromotionError('discount', 'A discount is whole, non-negative minor units');
    }
    return this.em.transactional(
      async () => {
        const now = new Date();
        const promotion = await this.promotions.findById(promotionId);
        if (!promotion) throw promotionNotFound(promotionId);
        promotion.assertRedeemable(now);
        await this.usage.lockBuyer(promotion.id, buyerId);
        const existing = await this.redemptions.findByOrderForUpdate(orderId);
        if (existing) {
          if (existing.promotionId === promotion.id && existing.releasedAt === null) return;
          throw new OrderAlreadyRedeemedError(orderId);
        }
        const buyerUses = await this.usage.buyerUses(promotion.id, buyerId);
        if (promotion.perBuyerLimit !== null && buyerUses >= promotion.perBuyerLimit) {
          throw new PromotionNotApplicableError('CART.PROMOTION_BUYER_LIMIT_REACHED', {
            code: promotion.code,
          });
        }
        if (!(await this.usage.take(promotion.id))) {
          throw new PromotionNotApplicableError('CART.PROMOTION_EXHAUSTED', {
            code: promotion.code,
          });
        }
        await this.redemptions.save(
          PromotionRedemption.record({
            promotionId: promotion.id,
            buyerId,
            orderId,
            discount,
            now,
          }),
        );
      },
      { propagation: TransactionPropagation.REQUIRED },
    );
  }
}
