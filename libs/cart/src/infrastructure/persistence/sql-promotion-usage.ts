import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PromotionUsage } from '../../domain/promotion/promotion-usage';

@Injectable()
export class SqlPromotionUsage extends PromotionUsage {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async lockBuyer(promotionId: string, buyerId: string): Promise<void> {
    await this.em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `cart:promotion:${promotionId}:${buyerId}`,
    ]);
  }

  async buyerUses(promotionId: string, buyerId: string): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: number }[]>(
      `select count(*)::int as n from cart.promotion_redemptions
        where promotion_id = ? and buyer_id = ? and released_at is null`,
      [promotionId, buyerId],
    );
    return n;
  }

  async take(promotionId: string): Promise<boolean> {
    const rows = await this.em.execute(
      `update cart.promotions set used = used + 1
        where id = ? and (usage_limit is null or used < usage_limit)
        returning id`,
      [promotionId],
    );
    return rows.length === 1;
  }

  async giveBack(promotionId: string): Promise<void> {
    await this.em.execute('update cart.promotions set used = used - 1 where id = ? and used > 0', [
      promotionId,
    ]);
  }
}
