import { NewPromotion, Promotion } from './promotion.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-02-01T00:00:00Z');
const admin = { id: 'admin-1', role: 'admin' as const };
const seller = { id: 'seller-1', role: 'seller' as const };

const create = (overrides: Partial<NewPromotion> = {}) =>
  Promotion.create({
    code: ' hemat10 ',
    kind: 'percent',
    percent: 10,
    startsAt: t0,
    createdBy: admin.id,
    now: t0,
    ...overrides,
  });

/** A promotion as loaded after `used` orders redeemed it. */
const usedTimes = (promotion: Promotion, used: number) =>
  Object.assign(promotion, { used }) as Promotion;

describe('Promotion', () => {
  it('stores its code upper case and starts active with no limits', () => {
    expect(create()).toMatchObject({
      code: 'HEMAT10',
      kind: 'percent',
      percent: 10,
      amount: null,
      shopId: null,
      minimumSubtotal: 0,
      endsAt: null,
      usageLimit: null,
      perBuyerLimit: null,
      used: 0,
      active: true,
    });
  });

  it('belongs to a shop and its owner when scoped to one', () => {
    const promotion = create({ shop: { id: 'shop-1', ownerId: seller.id } });
    expect(promotion).toMatchObject({ shopId: 'shop-1', shopOwnerId: seller.id });
  });

  it('refuses terms that break its rules, naming the field', () => {
    const cases: [Partial<NewPromotion>, string][] = [
      [{ code: 'no spaces' }, 'code'],
      [{ code: 'AB' }, 'code'],
      [{ percent: 0 }, 'percent'],
      [{ percent: 101 }, 'percent'],
      [{ percent: 10, amount: 500 }, 'amount'],
      [{ kind: 'fixed', percent: null, amount: 0, currency: 'IDR' }, 'amount'],
      [{ kind: 'fixed', percent: null, amount: 500 }, 'currency'],
      [{ kind: 'fixed', percent: 5, amount: 500, currency: 'IDR' }, 'percent'],
      [{ currency: 'idr' }, 'currency'],
      [{ minimumSubtotal: 50_000 }, 'currency'],
      [{ minimumSubtotal: -1, currency: 'IDR' }, 'minimumSubtotal'],
      [{ endsAt: t0 }, 'endsAt'],
      [{ usageLimit: 0 }, 'usageLimit'],
      [{ perBuyerLimit: 1.5 }, 'perBuyerLimit'],
      [{ kind: 'free_shipping', percent: 10 }, 'percent'],
      [{ kind: 'free_shipping', percent: null, amount: 500, currency: 'IDR' }, 'amount'],
    ];
    for (const [overrides, field] of cases) {
      expect(() => create(overrides)).toThrow(
        expect.objectContaining({ code: 'CART.INVALID_PROMOTION', details: { field } }),
      );
    }
  });

  it('creates a fixed promotion with a minimum in its currency', () => {
    const promotion = create({
      kind: 'fixed',
      percent: null,
      amount: 25_000,
      currency: 'IDR',
      minimumSubtotal: 100_000,
      endsAt: t1,
      usageLimit: 100,
      perBuyerLimit: 1,
    });
    expect(promotion).toMatchObject({ amount: 25_000, currency: 'IDR', minimumSubtotal: 100_000 });
  });

  it('creates a free-shipping promotion with neither percent nor amount', () => {
    const promotion = create({
      kind: 'free_shipping',
      percent: null,
      currency: 'IDR',
      minimumSubtotal: 50_000,
    });
    expect(promotion).toMatchObject({ kind: 'free_shipping', percent: null, amount: null });
  });

  it('is managed by admins and the owner of its shop only', () => {
    const platform = create();
    expect(() => platform.assertManagedBy(admin)).not.toThrow();
    expect(() => platform.assertManagedBy(seller)).toThrow(
      expect.objectContaining({ code: 'CART.PROMOTION_NOT_FOUND' }),
    );
    const shop = create({ shop: { id: 'shop-1', ownerId: seller.id } });
    expect(() => shop.assertManagedBy(seller)).not.toThrow();
    expect(() => shop.assertManagedBy({ id: 'rival', role: 'seller' })).toThrow(
      expect.objectContaining({ code: 'CART.PROMOTION_NOT_FOUND' }),
    );
  });

  it('revises only the fields given', () => {
    const promotion = create({ usageLimit: 10, perBuyerLimit: 2, endsAt: t1 });
    promotion.revise({ active: false }, t1);
    expect(promotion).toMatchObject({
      active: false,
      usageLimit: 10,
      perBuyerLimit: 2,
      endsAt: t1,
    });
    promotion.revise({ endsAt: null, usageLimit: null, perBuyerLimit: 3 }, t1);
    expect(promotion).toMatchObject({ endsAt: null, usageLimit: null, perBuyerLimit: 3 });
    expect(promotion.updatedAt).toEqual(t1);
  });

  it('refuses a usage limit below the uses already counted, or an end before its start', () => {
    const promotion = usedTimes(create({ usageLimit: 10 }), 4);
    expect(() => promotion.revise({ usageLimit: 3 }, t1)).toThrow(
      expect.objectContaining({ code: 'CART.PROMOTION_LIMIT_BELOW_USAGE' }),
    );
    promotion.revise({ usageLimit: 4 }, t1);
    expect(promotion.usageLimit).toBe(4);
    expect(() => promotion.revise({ endsAt: new Date('2025-12-31T00:00:00Z') }, t1)).toThrow(
      expect.objectContaining({ code: 'CART.INVALID_PROMOTION', details: { field: 'endsAt' } }),
    );
  });

  it('throws the reason it does not apply to a cart', () => {
    const promotion = create({ shop: { id: 'shop-1', ownerId: seller.id } });
    const cart = { currency: 'IDR', shops: [{ shopId: 'shop-2', subtotal: 10_000 }] };
    expect(() => promotion.assertAppliesTo(cart, t1, 0)).toThrow(
      expect.objectContaining({
        code: 'CART.PROMOTION_NOT_APPLICABLE',
        details: { code: 'HEMAT10' },
      }),
    );
    cart.shops.push({ shopId: 'shop-1', subtotal: 1 });
    expect(() => promotion.assertAppliesTo(cart, t1, 0)).not.toThrow();
  });

  it('is redeemable only while active and inside its window', () => {
    const promotion = create({ startsAt: t1 });
    expect(() => promotion.assertRedeemable(t0)).toThrow(
      expect.objectContaining({ code: 'CART.PROMOTION_NOT_STARTED' }),
    );
    expect(() => promotion.assertRedeemable(t1)).not.toThrow();
    promotion.revise({ active: false }, t1);
    expect(() => promotion.assertRedeemable(t1)).toThrow(
      expect.objectContaining({ code: 'CART.PROMOTION_INACTIVE' }),
    );
  });
});
