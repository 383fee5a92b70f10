import { QueryBus } from '@nestjs/cqrs';
import { ShopSummary } from '@pasar/shops';
import { Promotion } from '../../../domain/promotion/promotion.aggregate';
import { PromotionRepository } from '../../../domain/promotion/promotion.repository';
import { CreatePromotionCommand, PromotionFields } from './create-promotion.command';
import { CreatePromotionHandler } from './create-promotion.handler';

const shop: ShopSummary = {
  id: 'shop-1',
  ownerId: 'seller-1',
  slug: 'toko',
  name: 'Toko',
  active: true,
};
const fields = (overrides: Partial<PromotionFields> = {}): PromotionFields => ({
  code: 'hemat10',
  kind: 'percent',
  percent: 10,
  amount: null,
  currency: null,
  shopId: null,
  minimumSubtotal: 0,
  startsAt: new Date(),
  endsAt: null,
  usageLimit: null,
  perBuyerLimit: null,
  active: true,
  ...overrides,
});

function setup(taken: string[] = []) {
  const saved: Promotion[] = [];
  const promotions = {
    findByCode: jest.fn(async (code: string) => (taken.includes(code) ? ({} as Promotion) : null)),
    save: jest.fn(async (promotion: Promotion) => {
      saved.push(promotion);
    }),
  } as unknown as PromotionRepository;
  const queries = {
    execute: jest.fn(async ({ shopId }: { shopId: string }) => (shopId === shop.id ? shop : null)),
  } as unknown as QueryBus;
  return { handler: new CreatePromotionHandler(queries, promotions), saved, promotions };
}

describe('CreatePromotionHandler', () => {
  it('lets an admin create a platform-wide promotion', async () => {
    const { handler, saved } = setup();
    const { promotionId } = await handler.execute(
      new CreatePromotionCommand({ id: 'admin-1', role: 'admin' }, fields()),
    );
    expect(saved[0]).toMatchObject({
      id: promotionId,
      code: 'HEMAT10',
      shopId: null,
      createdBy: 'admin-1',
    });
  });

  it('lets a seller create a promotion for its own shop, owned by it', async () => {
    const { handler, saved } = setup();
    await handler.execute(
      new CreatePromotionCommand({ id: 'seller-1', role: 'seller' }, fields({ shopId: 'shop-1' })),
    );
    expect(saved[0]).toMatchObject({ shopId: 'shop-1', shopOwnerId: 'seller-1' });
  });

  it('refuses a platform-wide promotion from a seller (403)', async () => {
    const { handler, saved } = setup();
    await expect(
      handler.execute(new CreatePromotionCommand({ id: 'seller-1', role: 'seller' }, fields())),
    ).rejects.toMatchObject({ code: 'CART.PLATFORM_PROMOTION_FORBIDDEN', kind: 'forbidden' });
    expect(saved).toHaveLength(0);
  });

  it("answers another seller's shop, or an unknown one, with a 404", async () => {
    const { handler, saved } = setup();
    for (const shopId of ['shop-1', 'shop-unknown']) {
      await expect(
        handler.execute(
          new CreatePromotionCommand({ id: 'rival', role: 'seller' }, fields({ shopId })),
        ),
      ).rejects.toMatchObject({ code: 'CART.SHOP_NOT_FOUND', kind: 'not_found' });
    }
    expect(saved).toHaveLength(0);
  });

  it('refuses a code that is taken, whatever its case', async () => {
    const { handler, saved } = setup(['HEMAT10']);
    await expect(
      handler.execute(
        new CreatePromotionCommand({ id: 'admin-1', role: 'admin' }, fields({ code: 'Hemat10' })),
      ),
    ).rejects.toMatchObject({ code: 'CART.PROMOTION_CODE_TAKEN' });
    expect(saved).toHaveLength(0);
  });
});
