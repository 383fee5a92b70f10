import { discountOn, evaluatePromotion, PromotionTerms, splitDiscount } from './promotion-terms';

const now = new Date('2026-03-01T12:00:00Z');

const terms = (overrides: Partial<PromotionTerms> = {}): PromotionTerms => ({
  kind: 'percent',
  percent: 10,
  amount: null,
  currency: null,
  shopId: null,
  minimumSubtotal: 0,
  startsAt: new Date('2026-01-01T00:00:00Z'),
  endsAt: null,
  usageLimit: null,
  used: 0,
  perBuyerLimit: null,
  active: true,
  ...overrides,
});

const cart = (shops: Record<string, number>, currency: string | null = 'IDR') => ({
  currency,
  shops: Object.entries(shops).map(([shopId, subtotal]) => ({ shopId, subtotal })),
});

const sum = (shares: Map<string, number>) => [...shares.values()].reduce((a, b) => a + b, 0);

describe('discountOn', () => {
  it('takes a percentage rounded down, never more than the rate', () => {
    expect(discountOn(terms({ percent: 10 }), 10_000)).toBe(1_000);
    expect(discountOn(terms({ percent: 15 }), 999)).toBe(149); // 149.85
    expect(discountOn(terms({ percent: 100 }), 12_345)).toBe(12_345);
    expect(discountOn(terms({ percent: 33 }), Number.MAX_SAFE_INTEGER)).toBe(
      Number((BigInt(Number.MAX_SAFE_INTEGER) * 33n) / 100n),
    );
  });

  it('caps a fixed amount at the subtotal, so a total never goes negative', () => {
    const fixed = terms({ kind: 'fixed', percent: null, amount: 5_000, currency: 'IDR' });
    expect(discountOn(fixed, 20_000)).toBe(5_000);
    expect(discountOn(fixed, 3_000)).toBe(3_000);
    expect(discountOn(fixed, 0)).toBe(0);
  });
});

describe('splitDiscount', () => {
  it('splits in proportion to the subtotals', () => {
    const shares = splitDiscount(300, [
      { shopId: 'a', subtotal: 1_000 },
      { shopId: 'b', subtotal: 2_000 },
    ]);
    expect(Object.fromEntries(shares)).toEqual({ a: 100, b: 200 });
  });

  it('gives what rounding leaves to the largest share, so the parts add up exactly', () => {
    const shares = splitDiscount(100, [
      { shopId: 'a', subtotal: 100 },
      { shopId: 'b', subtotal: 100 },
      { shopId: 'c', subtotal: 200 },
    ]);
    expect(Object.fromEntries(shares)).toEqual({ a: 25, b: 25, c: 50 });
    // 3.33 + 3.33 + 3.33: each rounds down to 3, the largest subtotal takes the 1 left over.
    const odd = splitDiscount(10, [
      { shopId: 'a', subtotal: 3_000 },
      { shopId: 'b', subtotal: 3_000 },
      { shopId: 'c', subtotal: 3_001 },
    ]);
    expect(Object.fromEntries(odd)).toEqual({ a: 3, b: 3, c: 4 });
    expect(sum(odd)).toBe(10);
  });

  it('never gives a shop more than its subtotal, spilling the rest to the next largest', () => {
    const shares = splitDiscount(2, [
      { shopId: 'a', subtotal: 1 },
      { shopId: 'b', subtotal: 1 },
      { shopId: 'c', subtotal: 1 },
    ]);
    expect(sum(shares)).toBe(2);
    for (const share of shares.values()) expect(share).toBeLessThanOrEqual(1);
  });

  it('adds up exactly for many random carts', () => {
    let seed = 42;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    for (let run = 0; run < 500; run++) {
      const shops = Array.from({ length: 1 + random(6) }, (_, i) => ({
        shopId: `s${i}`,
        subtotal: 1 + random(100_000),
      }));
      const total = shops.reduce((a, s) => a + s.subtotal, 0);
      const discount = random(total + 1);
      const shares = splitDiscount(discount, shops);
      expect(sum(shares)).toBe(discount);
      for (const shop of shops) {
        const share = shares.get(shop.shopId) ?? -1;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(shop.subtotal);
      }
    }
  });
});

describe('evaluatePromotion', () => {
  const problem = (t: PromotionTerms, c = cart({ a: 10_000 }), buyerUses = 0) => {
    const outcome = evaluatePromotion(t, c, now, buyerUses);
    return outcome.applies ? null : outcome.problem;
  };

  it('discounts the whole cart for a platform promotion, split over its shops', () => {
    const outcome = evaluatePromotion(
      terms({ percent: 10 }),
      cart({ a: 10_000, b: 5_000 }),
      now,
      0,
    );
    expect(outcome).toEqual({
      applies: true,
      discount: 1_500,
      shares: new Map([
        ['a', 1_000],
        ['b', 500],
      ]),
      freeShipping: new Set(),
    });
  });

  it('discounts only its shop for a shop promotion', () => {
    const fixed = terms({
      kind: 'fixed',
      percent: null,
      amount: 2_000,
      currency: 'IDR',
      shopId: 'b',
    });
    const outcome = evaluatePromotion(fixed, cart({ a: 10_000, b: 5_000 }), now, 0);
    expect(outcome).toEqual({
      applies: true,
      discount: 2_000,
      shares: new Map([['b', 2_000]]),
      freeShipping: new Set(),
    });
  });

  it('measures the minimum on the whole cart, or on the shop’s lines for a shop promotion', () => {
    const platform = terms({ minimumSubtotal: 15_000, currency: 'IDR' });
    expect(problem(platform, cart({ a: 10_000, b: 5_000 }))).toBeNull();
    expect(problem(platform, cart({ a: 10_000, b: 4_999 }))).toBe('CART.PROMOTION_MINIMUM_NOT_MET');
    const shop = terms({ minimumSubtotal: 6_000, currency: 'IDR', shopId: 'b' });
    expect(problem(shop, cart({ a: 50_000, b: 5_000 }))).toBe('CART.PROMOTION_MINIMUM_NOT_MET');
  });

  it('names each reason it does not apply', () => {
    expect(problem(terms({ active: false }))).toBe('CART.PROMOTION_INACTIVE');
    expect(problem(terms({ startsAt: new Date('2026-03-02T00:00:00Z') }))).toBe(
      'CART.PROMOTION_NOT_STARTED',
    );
    expect(problem(terms({ endsAt: now }))).toBe('CART.PROMOTION_EXPIRED');
    expect(problem(terms({ usageLimit: 5, used: 5 }))).toBe('CART.PROMOTION_EXHAUSTED');
    expect(problem(terms({ perBuyerLimit: 2 }), undefined, 2)).toBe(
      'CART.PROMOTION_BUYER_LIMIT_REACHED',
    );
    expect(problem(terms({ currency: 'USD' }))).toBe('CART.PROMOTION_CURRENCY_MISMATCH');
    expect(problem(terms({ shopId: 'elsewhere' }))).toBe('CART.PROMOTION_NOT_APPLICABLE');
    expect(problem(terms(), cart({}, null))).toBe('CART.PROMOTION_NOT_APPLICABLE');
  });

  it('applies inside its window and below its limits', () => {
    const limited = terms({
      endsAt: new Date('2026-03-01T12:00:01Z'),
      usageLimit: 5,
      used: 4,
      perBuyerLimit: 2,
    });
    expect(problem(limited, undefined, 1)).toBeNull();
  });
});
