import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { CartLine } from './cart-line.entity';
import { Cart, CartOffer, MAX_LINES } from './cart.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');

let n = 0;
const offer = (currency = 'IDR', shopId = 'shop-a'): CartOffer => ({
  offerId: `offer-${++n}`,
  shopId,
  variantId: `variant-${n}`,
  currency,
});

describe('Cart', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([Cart, CartLine]);
  });
  afterAll(() => orm.close());

  it('opens empty, with no currency and no promotion', () => {
    const cart = Cart.open('buyer-1', t0);
    expect(cart).toMatchObject({ buyerId: 'buyer-1', currency: null, promotionId: null });
    expect(cart.lines).toHaveLength(0);
  });

  it('adds a line and takes the currency of its offer', () => {
    const cart = Cart.open('buyer-1', t0);
    const shirt = offer();
    const line = cart.addLine(shirt, 2, t1);
    expect(line).toMatchObject({ offerId: shirt.offerId, shopId: 'shop-a', quantity: 2 });
    expect(cart.currency).toBe('IDR');
    expect(cart.updatedAt).toEqual(t1);
  });

  it('adds to the existing line when the offer is already in the cart', () => {
    const cart = Cart.open('buyer-1', t0);
    const shirt = offer();
    const first = cart.addLine(shirt, 2, t0);
    expect(cart.quantityAfterAdding(shirt.offerId, 3)).toBe(5);
    const second = cart.addLine(shirt, 3, t1);
    expect(second.id).toBe(first.id);
    expect(cart.lines.getItems().map((l) => l.quantity)).toEqual([5]);
  });

  it('refuses quantities outside 1..999, also when merging', () => {
    const cart = Cart.open('buyer-1', t0);
    const shirt = offer();
    for (const quantity of [0, -1, 1.5, 1000]) {
      expect(() => cart.addLine(shirt, quantity, t0)).toThrow(
        expect.objectContaining({
          code: 'CART.INVALID_QUANTITY',
          details: expect.objectContaining({ field: 'quantity' }),
        }),
      );
    }
    cart.addLine(shirt, 990, t0);
    expect(() => cart.addLine(shirt, 10, t0)).toThrow(
      expect.objectContaining({
        code: 'CART.QUANTITY_LIMIT',
        details: expect.objectContaining({ inCart: 990 }),
      }),
    );
    expect(cart.lines.getItems()[0].quantity).toBe(990);
  });

  it('refuses an offer in another currency than the cart', () => {
    const cart = Cart.open('buyer-1', t0);
    cart.addLine(offer('IDR'), 1, t0);
    expect(() => cart.addLine(offer('USD'), 1, t0)).toThrow(
      expect.objectContaining({
        code: 'CART.CURRENCY_MISMATCH',
        details: { cartCurrency: 'IDR', offerCurrency: 'USD' },
      }),
    );
    expect(cart.lines).toHaveLength(1);
  });

  it('takes a new currency once its last line is gone', () => {
    const cart = Cart.open('buyer-1', t0);
    const line = cart.addLine(offer('IDR'), 1, t0);
    cart.removeLine(line.id, t1);
    expect(cart.currency).toBeNull();
    cart.addLine(offer('USD'), 1, t1);
    expect(cart.currency).toBe('USD');
  });

  it(`holds at most ${MAX_LINES} lines`, () => {
    const cart = Cart.open('buyer-1', t0);
    for (let i = 0; i < MAX_LINES; i++) cart.addLine(offer(), 1, t0);
    expect(() => cart.addLine(offer(), 1, t0)).toThrow(
      expect.objectContaining({ code: 'CART.LINE_LIMIT' }),
    );
    // An offer already in the cart still merges.
    const first = cart.lines.getItems()[0];
    cart.addLine({ ...offer(), offerId: first.offerId }, 1, t0);
    expect(first.quantity).toBe(2);
  });

  it('changes a line’s quantity, checking it and its offer’s currency', () => {
    const cart = Cart.open('buyer-1', t0);
    const a = cart.addLine(offer('IDR'), 1, t0);
    const b = cart.addLine(offer('IDR'), 1, t0);
    cart.changeQuantity(a.id, 7, 'IDR', t1);
    expect(a.quantity).toBe(7);
    expect(() => cart.changeQuantity(a.id, 0, 'IDR', t1)).toThrow(
      expect.objectContaining({ code: 'CART.INVALID_QUANTITY' }),
    );
    expect(() => cart.changeQuantity(a.id, 2, 'USD', t1)).toThrow(
      expect.objectContaining({ code: 'CART.CURRENCY_MISMATCH' }),
    );
    cart.removeLine(b.id, t1);
    // Alone in the cart, a line whose offer was repriced in another currency takes the cart along.
    cart.changeQuantity(a.id, 2, 'USD', t1);
    expect(cart.currency).toBe('USD');
  });

  it('answers 404 for a line that is not in the cart', () => {
    const cart = Cart.open('buyer-1', t0);
    expect(() => cart.removeLine('nope', t0)).toThrow(
      expect.objectContaining({ code: 'CART.LINE_NOT_FOUND' }),
    );
    expect(() => cart.changeQuantity('nope', 1, 'IDR', t0)).toThrow(
      expect.objectContaining({ code: 'CART.LINE_NOT_FOUND' }),
    );
  });

  it('applies, replaces and removes a promotion', () => {
    const cart = Cart.open('buyer-1', t0);
    cart.applyPromotion('promo-1', t0);
    cart.applyPromotion('promo-2', t1);
    expect(cart.promotionId).toBe('promo-2');
    expect(cart.removePromotion(t1)).toBe(true);
    expect(cart.removePromotion(t1)).toBe(false);
    expect(cart.promotionId).toBeNull();
  });
});
