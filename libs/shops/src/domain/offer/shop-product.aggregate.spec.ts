import { Money } from './money.vo';
import { OfferedVariant, ShopProduct } from './shop-product.aggregate';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
const shopId = '0b6f7a52-1111-4222-8333-944455556666';
const variant: OfferedVariant = {
  variantId: '5a1e2c3d-1111-4222-8333-944455556666',
  productId: '9f8e7d6c-1111-4222-8333-944455556666',
  productStatus: 'active',
};
const idr = (amount: number) => Money.of(amount, 'IDR');

function offered(compareAtPrice: Money | null = null): ShopProduct {
  const offer = ShopProduct.offer({ shopId, variant, price: idr(1999), compareAtPrice, now });
  offer.pullEvents();
  return offer;
}

describe('Money', () => {
  it('holds whole non-negative minor units of an ISO 4217 currency', () => {
    expect(Money.of(0, 'IDR').toPayload()).toEqual({ amount: 0, currency: 'IDR' });
    for (const [amount, currency] of [
      [-1, 'IDR'],
      [19.99, 'IDR'],
      [Number.MAX_SAFE_INTEGER + 1, 'IDR'],
      [100, 'idr'],
      [100, 'RUPIAH'],
    ] as const) {
      expect(() => Money.of(amount, currency)).toThrow(
        expect.objectContaining({ code: 'SHOPS.INVALID_MONEY' }),
      );
    }
  });

  it('equals another amount of the same currency only', () => {
    expect(idr(5).equals(idr(5))).toBe(true);
    expect(idr(5).equals(Money.of(5, 'USD'))).toBe(false);
    expect(idr(5).equals(null)).toBe(false);
  });
});

describe('ShopProduct', () => {
  it('offers a variant, active by default, and records OfferSaved with the whole offer', () => {
    const offer = ShopProduct.offer({
      shopId,
      variant,
      price: idr(1999),
      compareAtPrice: idr(2999),
      now,
    });
    expect(offer).toMatchObject({
      shopId,
      variantId: variant.variantId,
      productId: variant.productId,
      active: true,
      version: 1,
    });
    const [event] = offer.pullEvents();
    expect(event.type).toBe('shops.offer-saved');
    expect(event.payload).toEqual({
      offerId: offer.id,
      shopId,
      productId: variant.productId,
      variantId: variant.variantId,
      price: { amount: 1999, currency: 'IDR' },
      compareAtPrice: { amount: 2999, currency: 'IDR' },
      active: true,
      version: 1,
    });
  });

  it('offers a variant of a draft product, inactive when asked', () => {
    const offer = ShopProduct.offer({
      shopId,
      variant: { ...variant, productStatus: 'draft' },
      price: idr(0),
      active: false,
      now,
    });
    expect(offer.active).toBe(false);
    expect(offer.compareAtPrice).toBeNull();
  });

  it('refuses to offer a variant of an archived product', () => {
    expect(() =>
      ShopProduct.offer({
        shopId,
        variant: { ...variant, productStatus: 'archived' },
        price: idr(1999),
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'SHOPS.VARIANT_ARCHIVED' }));
  });

  it('refuses a compare-at price that is not above the price', () => {
    for (const compareAtPrice of [idr(1999), idr(1000)]) {
      expect(() =>
        ShopProduct.offer({ shopId, variant, price: idr(1999), compareAtPrice, now }),
      ).toThrow(expect.objectContaining({ code: 'SHOPS.COMPARE_AT_PRICE_NOT_ABOVE_PRICE' }));
    }
  });

  it('refuses a compare-at price in another currency', () => {
    expect(() =>
      ShopProduct.offer({
        shopId,
        variant,
        price: idr(1999),
        compareAtPrice: Money.of(5000, 'USD'),
        now,
      }),
    ).toThrow(expect.objectContaining({ code: 'SHOPS.CURRENCY_MISMATCH' }));
  });

  it('reprices, bumps the version and records one OfferSaved', () => {
    const offer = offered(idr(2999));
    expect(offer.revise({ price: idr(2499) }, later)).toBe(true);
    expect(offer.price.toPayload()).toEqual({ amount: 2499, currency: 'IDR' });
    expect(offer.compareAtPrice?.toPayload()).toEqual({ amount: 2999, currency: 'IDR' });
    expect(offer.version).toBe(2);
    expect(offer.updatedAt).toEqual(later);
    const events = offer.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0].payload).toMatchObject({ price: { amount: 2499 }, version: 2 });
  });

  it('refuses a new price at or above the compare-at price it keeps, changing nothing', () => {
    const offer = offered(idr(2999));
    expect(() => offer.revise({ price: idr(2999) }, later)).toThrow(
      expect.objectContaining({ code: 'SHOPS.COMPARE_AT_PRICE_NOT_ABOVE_PRICE' }),
    );
    expect(offer.price.amount).toBe(1999);
    expect(offer.pullEvents()).toHaveLength(0);
  });

  it('moves to another currency only together with its compare-at price', () => {
    const offer = offered(idr(2999));
    expect(() => offer.revise({ price: Money.of(199, 'USD') }, later)).toThrow(
      expect.objectContaining({ code: 'SHOPS.CURRENCY_MISMATCH' }),
    );
    offer.revise({ price: Money.of(199, 'USD'), compareAtPrice: Money.of(299, 'USD') }, later);
    expect(offer.price.toPayload()).toEqual({ amount: 199, currency: 'USD' });
  });

  it('clears the compare-at price with null and stops selling when deactivated', () => {
    const offer = offered(idr(2999));
    offer.revise({ compareAtPrice: null, active: false }, later);
    expect(offer.compareAtPrice).toBeNull();
    expect(offer.active).toBe(false);
    expect(offer.pullEvents()[0].payload).toMatchObject({ compareAtPrice: null, active: false });
  });

  it('records nothing when nothing changes', () => {
    const offer = offered(idr(2999));
    expect(offer.revise({ price: idr(1999), compareAtPrice: idr(2999), active: true }, later)).toBe(
      false,
    );
    expect(offer.revise({}, later)).toBe(false);
    expect(offer.pullEvents()).toHaveLength(0);
    expect(offer.version).toBe(1);
  });
});
