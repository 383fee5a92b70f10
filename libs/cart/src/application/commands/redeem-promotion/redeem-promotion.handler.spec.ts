import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { PromotionRedemption } from '../../../domain/promotion/promotion-redemption.entity';
import { PromotionRedemptionRepository } from '../../../domain/promotion/promotion-redemption.repository';
import { PromotionUsage } from '../../../domain/promotion/promotion-usage';
import { NewPromotion, Promotion } from '../../../domain/promotion/promotion.aggregate';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { RedeemPromotionCommand } from './redeem-promotion.command';
import { RedeemPromotionHandler } from './redeem-promotion.handler';

const buyerId = randomUUID();

function setup(
  props: Partial<NewPromotion> = {},
  world: { buyerUses?: number; left?: boolean } = {},
) {
  const promotion = Promotion.create({
    code: 'HEMAT10',
    kind: 'percent',
    percent: 10,
    startsAt: new Date(Date.now() - 60_000),
    createdBy: randomUUID(),
    now: new Date(),
    ...props,
  });
  const calls: string[] = [];
  const byOrder = new Map<string, PromotionRedemption>();
  const promotions = {
    findById: jest.fn(async (id: string) => (id === promotion.id ? promotion : null)),
  } as unknown as PromotionRepository;
  const redemptions: PromotionRedemptionRepository = {
    findByOrderForUpdate: jest.fn(async (orderId: string) => byOrder.get(orderId) ?? null),
    save: jest.fn(async (redemption: PromotionRedemption) => {
      calls.push('save');
      byOrder.set(redemption.orderId, redemption);
    }),
  };
  const usage: PromotionUsage = {
    lockBuyer: jest.fn(async () => {
      calls.push('lockBuyer');
    }),
    buyerUses: jest.fn(async () => {
      calls.push('buyerUses');
      return world.buyerUses ?? 0;
    }),
    take: jest.fn(async () => {
      calls.push('take');
      return world.left ?? true;
    }),
    giveBack: jest.fn(),
  };
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const handler = new RedeemPromotionHandler(em, promotions, redemptions, usage);
  const redeem = (orderId: string = randomUUID(), discount = 500) =>
    handler.execute(new RedeemPromotionCommand(promotion.id, buyerId, orderId, discount));
  return { promotion, redeem, calls, byOrder, usage };
}

describe('RedeemPromotionHandler', () => {
  it('locks the buyer, counts their uses, takes one use, then records the redemption', async () => {
    const { redeem, calls, byOrder, promotion } = setup({ perBuyerLimit: 2 });
    const orderId = randomUUID();
    await redeem(orderId, 750);
    expect(calls).toEqual(['lockBuyer', 'buyerUses', 'take', 'save']);
    expect(byOrder.get(orderId)).toMatchObject({
      promotionId: promotion.id,
      buyerId,
      discount: 750,
      releasedAt: null,
    });
  });

  it('does nothing the second time for the same order', async () => {
    const { redeem, usage } = setup();
    const orderId = randomUUID();
    await redeem(orderId);
    await redeem(orderId);
    expect(usage.take).toHaveBeenCalledTimes(1);
  });

  it('refuses a buyer at their limit without taking a use', async () => {
    const { redeem, usage } = setup({ perBuyerLimit: 1 }, { buyerUses: 1 });
    await expect(redeem()).rejects.toMatchObject({ code: 'CART.PROMOTION_BUYER_LIMIT_REACHED' });
    expect(usage.take).not.toHaveBeenCalled();
  });

  it('refuses when the conditional update finds no use left', async () => {
    const { redeem, calls } = setup({ usageLimit: 5 }, { left: false });
    await expect(redeem()).rejects.toMatchObject({ code: 'CART.PROMOTION_EXHAUSTED' });
    expect(calls).not.toContain('save');
  });

  it('refuses a promotion switched off or past its end', async () => {
    const off = setup({ active: false });
    await expect(off.redeem()).rejects.toMatchObject({ code: 'CART.PROMOTION_INACTIVE' });
    const ended = setup({
      startsAt: new Date(Date.now() - 120_000),
      endsAt: new Date(Date.now() - 60_000),
    });
    await expect(ended.redeem()).rejects.toMatchObject({ code: 'CART.PROMOTION_EXPIRED' });
    expect(ended.usage.lockBuyer).not.toHaveBeenCalled();
  });

  it('refuses ids that are not UUIDs and negative discounts, naming the field', async () => {
    const { redeem, promotion } = setup();
    await expect(redeem('order-1')).rejects.toMatchObject({
      code: 'CART.INVALID_PROMOTION',
      details: { field: 'orderId' },
    });
    await expect(redeem(randomUUID(), -1)).rejects.toMatchObject({
      details: { field: 'discount' },
    });
    expect(promotion.used).toBe(0);
  });
});
