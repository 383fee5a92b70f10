import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { normalizeCode } from '../../../domain/promotion/promotion.aggregate';
import {
  PromotionNotApplicableError,
  promotionNotFound,
} from '../../../domain/promotion/promotion.errors';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { PromotionUsage } from '../../../domain/promotion/promotion-usage';
import { PriceCartQuery } from '../../queries/price-cart/price-cart.query';
import { ApplyCartPromotionCommand } from './apply-cart-promotion.command';

@CommandHandler(ApplyCartPromotionCommand)
export class ApplyCartPromotionHandler implements ICommandHandler<ApplyCartPromotionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
    private readonly carts: CartRepository,
    private readonly promotions: PromotionRepository,
    private readonly usage: PromotionUsage,
  ) {}

  async execute({ buyerId, code }: ApplyCartPromotionCommand): Promise<void> {
    const promotion = await this.promotions.findByCode(normalizeCode(code));
    if (!promotion) throw promotionNotFound();
    await this.em.transactional(async () => {
      const now = new Date();
      const cart = await this.carts.findByBuyerForUpdate(buyerId);
      if (!cart) throw new PromotionNotApplicableError('CART.PROMOTION_NOT_APPLICABLE');
      // Priced inside the transaction, so under the cart lock: the cart cannot change meanwhile.
      const priced = await this.queries.execute(new PriceCartQuery(buyerId));
      const buyerUses = await this.usage.buyerUses(promotion.id, buyerId);
      promotion.assertAppliesTo(priced, now, buyerUses);
      cart.applyPromotion(promotion.id, now);
      await this.carts.save(cart);
    });
  }
}
