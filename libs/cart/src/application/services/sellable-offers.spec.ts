import { QueryBus } from '@nestjs/cqrs';
import { GetVariantSummariesQuery, VariantSummary } from '@pasar/catalog';
import { GetSellableStockQuery } from '@pasar/inventory';
import { GetOffersQuery, GetShippingOptionsQuery, OfferSummary } from '@pasar/shops';
import { SellableOffers } from './sellable-offers';

const offer: OfferSummary = {
  id: 'offer-1',
  shopId: 'shop-1',
  shopName: 'Toko',
  shopActive: true,
  variantId: 'variant-1',
  productId: 'product-1',
  price: { amount: 1999, currency: 'IDR' },
  active: true,
};
const variant = { variantId: 'variant-1', productStatus: 'active' } as VariantSummary;

const shipping = { shopId: 'shop-1', price: { amount: 9_000, currency: 'IDR' } };

function setup(world: {
  offer?: OfferSummary;
  variant?: VariantSummary;
  available?: number;
  shipping?: { shopId: string; price: { amount: number; currency: string } }[];
}) {
  const execute = jest.fn(async (query: object) => {
    if (query instanceof GetOffersQuery) return world.offer ? [world.offer] : [];
    if (query instanceof GetShippingOptionsQuery) return world.shipping ?? [shipping];
    if (query instanceof GetVariantSummariesQuery) return world.variant ? [world.variant] : [];
    if (query instanceof GetSellableStockQuery) {
      return [{ shopId: 'shop-1', variantId: 'variant-1', available: world.available ?? 0 }];
    }
    throw new Error(`unexpected ${query.constructor.name}`);
  });
  return { offers: new SellableOffers({ execute } as unknown as QueryBus), execute };
}

describe('SellableOffers', () => {
  it('gives the offer with its shop, variant and currency when all checks pass', async () => {
    const { offers, execute } = setup({ offer, variant, available: 5 });
    await expect(offers.check('offer-1', 5)).resolves.toEqual({
      offerId: 'offer-1',
      shopId: 'shop-1',
      variantId: 'variant-1',
      currency: 'IDR',
    });
    const stockQuery = execute.mock.calls
      .map(([q]) => q)
      .find((q) => q instanceof GetSellableStockQuery);
    expect(stockQuery?.items).toEqual([{ shopId: 'shop-1', variantId: 'variant-1' }]);
  });

  it('answers 404 for an unknown offer', async () => {
    await expect(setup({}).offers.check('offer-1', 1)).rejects.toMatchObject({
      code: 'CART.OFFER_NOT_FOUND',
      kind: 'not_found',
    });
  });

  it('refuses an inactive offer, shop or product, saying which', async () => {
    const cases: [Parameters<typeof setup>[0], string][] = [
      [{ offer: { ...offer, active: false }, variant, available: 9 }, 'offer_inactive'],
      [{ offer: { ...offer, shopActive: false }, variant, available: 9 }, 'shop_inactive'],
      [
        { offer, variant: { ...variant, productStatus: 'archived' }, available: 9 },
        'product_inactive',
      ],
      [
        { offer, variant: { ...variant, productStatus: 'draft' }, available: 9 },
        'product_inactive',
      ],
      [{ offer, available: 9 }, 'product_inactive'],
    ];
    for (const [world, reason] of cases) {
      await expect(setup(world).offers.check('offer-1', 1)).rejects.toMatchObject({
        code: 'CART.OFFER_UNAVAILABLE',
        details: { offerId: 'offer-1', reason },
      });
    }
  });

  it('refuses an offer of a shop without an active shipping method in its currency, naming the shop', async () => {
    for (const options of [[], [{ ...shipping, price: { amount: 100, currency: 'USD' } }]]) {
      const { offers, execute } = setup({ offer, variant, available: 9, shipping: options });
      await expect(offers.check('offer-1', 1)).rejects.toMatchObject({
        code: 'CART.SHOP_NOT_SHIPPABLE',
        kind: 'unprocessable',
        details: { shopId: 'shop-1', shopName: 'Toko' },
      });
      const asked = execute.mock.calls
        .map(([q]) => q)
        .find((q) => q instanceof GetShippingOptionsQuery);
      expect(asked?.shopIds).toEqual(['shop-1']);
    }
  });

  it('refuses more than the shop can sell, naming what is available', async () => {
    await expect(
      setup({ offer, variant, available: 3 }).offers.check('offer-1', 4),
    ).rejects.toMatchObject({
      code: 'CART.INSUFFICIENT_STOCK',
      kind: 'conflict',
      details: { offerId: 'offer-1', requested: 4, available: 3 },
    });
  });
});
