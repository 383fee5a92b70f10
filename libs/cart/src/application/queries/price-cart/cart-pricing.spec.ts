import { VariantSummary } from '@pasar/catalog';
import { OfferSummary, ShippingOption } from '@pasar/shops';
import { AppliedPromotionTerms, CartLineRow, CartPricingInput, priceCart } from './cart-pricing';

const now = new Date('2026-03-01T00:00:00Z');

const offer = (id: string, shopId: string, amount: number, extra: Partial<OfferSummary> = {}) => ({
  id,
  shopId,
  shopName: `Shop ${shopId}`,
  shopActive: true,
  variantId: `v-${id}`,
  productId: `p-${id}`,
  price: { amount, currency: 'IDR' },
  active: true,
  ...extra,
});

const variant = (
  id: string,
  status: VariantSummary['productStatus'] = 'active',
): VariantSummary => ({
  variantId: `v-${id}`,
  sku: `SKU-${id}`,
  title: 'L / Red',
  productId: `p-${id}`,
  productSlug: `product-${id}`,
  productName: `Product ${id}`,
  productStatus: status,
});

const line = (id: string, shopId: string, quantity: number): CartLineRow => ({
  id: `line-${id}`,
  offer_id: id,
  shop_id: shopId,
  variant_id: `v-${id}`,
  quantity,
});

const promotion = (overrides: Partial<AppliedPromotionTerms> = {}): AppliedPromotionTerms => ({
  id: 'promo-1',
  code: 'HEMAT10',
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
  buyerUses: 0,
  ...overrides,
});

const method = (
  id: string,
  shopId: string,
  amount: number,
  extra: Partial<ShippingOption> = {},
): ShippingOption => ({
  id,
  shopId,
  name: `Method ${id}`,
  carrier: 'JNE',
  pricing: 'flat',
  price: { amount, currency: 'IDR' },
  freeAbove: null,
  estimatedDaysMin: 2,
  estimatedDaysMax: 4,
  ...extra,
});

/** Free pickup in every shop, so the goods' amounts stay what the older examples check. */
const pickup = ['s1', 's2', 's3'].map((shopId) => method(`pickup-${shopId}`, shopId, 0));

function input(
  offers: OfferSummary[],
  variants: VariantSummary[],
  lines: CartLineRow[],
  applied: AppliedPromotionTerms | null = null,
  shipping: { options?: ShippingOption[]; choices?: [string, string][] } = {},
): CartPricingInput {
  return {
    buyerId: 'buyer-1',
    currency: 'IDR',
    lines,
    offers: new Map(offers.map((o) => [o.id, o])),
    variants: new Map(variants.map((v) => [v.variantId, v])),
    shippingOptions: shipping.options ?? pickup,
    shippingChoices: new Map(shipping.choices ?? []),
    promotion: applied,
    now,
  };
}

describe('priceCart', () => {
  const offers = [offer('a', 's1', 1_000), offer('b', 's2', 2_500), offer('c', 's1', 300)];
  const variants = [variant('a'), variant('b'), variant('c')];
  const lines = [line('a', 's1', 2), line('b', 's2', 1), line('c', 's1', 5)];

  it('groups lines by shop in the order they were added, with subtotals and names', () => {
    const cart = priceCart(input(offers, variants, lines));
    expect(cart.shops.map((s) => [s.shopId, s.shopName, s.subtotal, s.total])).toEqual([
      ['s1', 'Shop s1', 3_500, 3_500],
      ['s2', 'Shop s2', 2_500, 2_500],
    ]);
    expect(cart.shops[0].lines.map((l) => [l.offerId, l.unitPrice, l.lineTotal])).toEqual([
      ['a', 1_000, 2_000],
      ['c', 300, 1_500],
    ]);
    expect(cart.shops[0].lines[0]).toMatchObject({
      productName: 'Product a',
      variantTitle: 'L / Red',
      sku: 'SKU-a',
      productId: 'p-a',
      currency: 'IDR',
      purchasable: true,
    });
    expect(cart).toMatchObject({ subtotal: 6_000, discount: 0, total: 6_000, promotion: null });
  });

  it('marks lines that can no longer be bought and leaves them out of the subtotals', () => {
    const cart = priceCart(
      input(
        [
          offer('a', 's1', 1_000, { active: false }),
          offer('b', 's2', 2_500, { shopActive: false }),
          offer('c', 's1', 300, { price: { amount: 300, currency: 'USD' } }),
          offer('d', 's3', 700),
        ],
        [...variants, variant('d', 'archived')],
        [...lines, line('d', 's3', 1)],
      ),
    );
    expect(cart.shops.flatMap((s) => s.lines.map((l) => l.purchasable))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(cart).toMatchObject({ subtotal: 0, total: 0 });
  });

  it('splits a platform discount over the shops in proportion to their subtotals', () => {
    const cart = priceCart(input(offers, variants, lines, promotion({ percent: 10 })));
    expect(cart.shops.map((s) => [s.shopId, s.discount, s.total])).toEqual([
      ['s1', 350, 3_150],
      ['s2', 250, 2_250],
    ]);
    expect(cart).toMatchObject({
      subtotal: 6_000,
      discount: 600,
      total: 5_400,
      promotion: { id: 'promo-1', code: 'HEMAT10', valid: true, problem: null },
    });
  });

  it('takes a shop promotion off that shop only, capped at its subtotal', () => {
    const fixed = promotion({
      kind: 'fixed',
      percent: null,
      amount: 10_000,
      currency: 'IDR',
      shopId: 's2',
    });
    const cart = priceCart(input(offers, variants, lines, fixed));
    expect(cart.shops.map((s) => [s.shopId, s.discount, s.total])).toEqual([
      ['s1', 0, 3_500],
      ['s2', 2_500, 0],
    ]);
    expect(cart.total).toBe(3_500);
  });

  it('shows why a promotion no longer applies and takes nothing off', () => {
    const cart = priceCart(
      input(offers, variants, lines, promotion({ minimumSubtotal: 10_000, currency: 'IDR' })),
    );
    expect(cart.promotion).toEqual({
      id: 'promo-1',
      code: 'HEMAT10',
      valid: false,
      problem: 'CART.PROMOTION_MINIMUM_NOT_MET',
    });
    expect(cart).toMatchObject({ discount: 0, total: 6_000 });
  });

  it('prices an empty cart as nothing', () => {
    expect(priceCart({ ...input([], [], []), currency: null })).toEqual({
      buyerId: 'buyer-1',
      currency: null,
      shops: [],
      subtotal: 0,
      discount: 0,
      shipping: 0,
      total: 0,
      promotion: null,
    });
  });

  describe('shipping', () => {
    // s1: 2 × 1 000 + 5 × 300 = 3 500 in 7 units; s2: 1 × 2 500.
    const options = [
      method('s1-flat', 's1', 9_000),
      method('s1-per-item', 's1', 1_000, { pricing: 'per_item' }),
      method('s2-flat', 's2', 4_000, { freeAbove: 2_500 }),
      method('s2-express', 's2', 12_000),
    ];
    const shipped = (
      applied: AppliedPromotionTerms | null = null,
      choices: [string, string][] = [],
      opts = options,
    ) => priceCart(input(offers, variants, lines, applied, { options: opts, choices }));

    it('prices each method for the shop’s lines: flat once, per item × units, free above the threshold', () => {
      const cart = shipped();
      expect(cart.shops[0].shippingOptions.map((o) => [o.methodId, o.price])).toEqual([
        ['s1-per-item', 7_000],
        ['s1-flat', 9_000],
      ]);
      expect(cart.shops[1].shippingOptions.map((o) => [o.methodId, o.price])).toEqual([
        ['s2-flat', 0],
        ['s2-express', 12_000],
      ]);
    });

    it('selects the cheapest by default and adds it to the shop and cart totals', () => {
      const cart = shipped();
      expect(
        cart.shops.map((s) => [s.shippingMethodId, s.shipping, s.total, s.freeShipping]),
      ).toEqual([
        ['s1-per-item', 7_000, 10_500, false],
        ['s2-flat', 0, 2_500, false],
      ]);
      expect(cart).toMatchObject({ subtotal: 6_000, shipping: 7_000, total: 13_000 });
      expect(cart.shops[0].shippingOptions.filter((o) => o.selected)).toHaveLength(1);
    });

    it('selects the chosen method, and the cheapest when the choice is not one of the shop’s', () => {
      const cart = shipped(null, [
        ['s1', 's1-flat'],
        ['s2', 's1-per-item'],
      ]);
      expect(cart.shops.map((s) => [s.shippingMethodId, s.shipping])).toEqual([
        ['s1-flat', 9_000],
        ['s2-flat', 0],
      ]);
      expect(cart.total).toBe(6_000 + 9_000);
    });

    it('offers no method to a shop without one in the cart’s currency', () => {
      const usd = method('s2-usd', 's2', 100, { price: { amount: 100, currency: 'USD' } });
      const cart = shipped(null, [], [options[0], usd]);
      expect(cart.shops[1]).toMatchObject({
        shippingOptions: [],
        shippingMethodId: null,
        shipping: 0,
      });
    });

    it('ships the covered shop for nothing under a shop free-shipping promotion', () => {
      const free = promotion({ kind: 'free_shipping', percent: null, shopId: 's1' });
      const cart = shipped(free);
      expect(cart.shops.map((s) => [s.shopId, s.freeShipping, s.shipping, s.discount])).toEqual([
        ['s1', true, 0, 0],
        ['s2', false, 0, 0],
      ]);
      expect(cart.shops[0].shippingOptions[0].price).toBe(7_000);
      expect(cart).toMatchObject({ discount: 0, shipping: 0, total: 6_000 });
      expect(cart.promotion).toMatchObject({ valid: true });
    });

    it('ships every shop for nothing under a platform free-shipping promotion, above its minimum only', () => {
      const free = promotion({ kind: 'free_shipping', percent: null, currency: 'IDR' });
      const express: [string, string][] = [['s2', 's2-express']];
      expect(shipped(free, express)).toMatchObject({ shipping: 0, total: 6_000 });
      const tooSmall = shipped({ ...free, minimumSubtotal: 10_000 }, express);
      expect(tooSmall.promotion).toMatchObject({
        valid: false,
        problem: 'CART.PROMOTION_MINIMUM_NOT_MET',
      });
      expect(tooSmall).toMatchObject({ shipping: 19_000, total: 25_000 });
    });
  });
});
