import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { assertOwnership } from '@pasar/shared';
import { GetShopSummaryQuery } from '@pasar/shops';
import { normalizeCode, Promotion } from '../../../domain/promotion/promotion.aggregate';
import {
  PlatformPromotionForbiddenError,
  PromotionCodeTakenError,
  shopNotFound,
} from '../../../domain/promotion/promotion.errors';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { CreatePromotionCommand } from './create-promotion.command';

@CommandHandler(CreatePromotionCommand)
export class CreatePromotionHandler implements ICommandHandler<CreatePromotionCommand> {
  constructor(
    private readonly queries: QueryBus,
    private readonly promotions: PromotionRepository,
  ) {}

  async execute({ actor, fields }: CreatePromotionCommand): Promise<{ promotionId: string }> {
    const { shopId, ...terms } = fields;
    let shop: { id: string; ownerId: string } | null = null;
    if (shopId !== null) {
      const summary = await this.queries.execute(new GetShopSummaryQuery(shopId));
      if (!summary) throw shopNotFound(shopId);
      assertOwnership(actor, summary.ownerId, () => shopNotFound(shopId));
      shop = { id: summary.id, ownerId: summary.ownerId };
    } else if (actor.role !== 'admin') {
      throw new PlatformPromotionForbiddenError();
    }
    const promotion = Promotion.create({ ...terms, shop, createdBy: actor.id, now: new Date() });
    if (await this.promotions.findByCode(normalizeCode(fields.code))) {
      throw new PromotionCodeTakenError(promotion.code);
    }
    await this.promotions.save(promotion);
    return { promotionId: promotion.id };
  }
}
