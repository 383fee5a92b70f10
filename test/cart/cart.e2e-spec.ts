import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  addLine,
  cartOf,
  fieldsOf,
  linesOf,
  openMarket,
  PricedCartBody,
  sellable,
  Sellable,
} from './cart-fixtures';

describe('cart: a buyer’s cart across shops', () => {
  let api: TestApi;
  let market: Awaited<ReturnType<typeof openMarket>>;
  /** Toko A: 10 000 IDR, 5 in stock; 20 000 IDR, 10 in stock. Toko B: 15 000 IDR, 3 in stock. */
  let shirt: Sellable;
  let sarong: Sellable;
  let batik: Sellable;

  beforeAll(async () => {
    api = await startTestApi();
    market = await openMarket(api);
    const { sellerA, sellerB, shopA, shopB, categoryId } = market;
    [shirt, sarong, batik] = await Promise.all([
      sellable(api, sellerA, shopA.id, categoryId, { price: 10_000, stock: 5, name: 'Kemeja' }),
      sellable(api, sellerA, shopA.id, categoryId, { price: 20_000, stock: 10, name: 'Sarung' }),
      sellable(api, sellerB, shopB.id, categoryId, { price: 15_000, stock: 3, name: 'Batik' }),
    ]);
  });

  afterAll(() => api.close());

  const buyer = () => signUp(api, 'buyer');
  const add = async (who: TestUser, offer: Sellable, quantity: number) =>
    (await addLine(api, who, offer.offerId, quantity).expect(201)).body as PricedCartBody;

  it('starts empty', async () => {
    const me = await buyer();
    expect(await cartOf(api, me)).toEqual({
      buyerId: me.id,
      currency: null,
      shops: [],
      subtotal: 0,
      discount: 0,
      shipping: 0,
      total: 0,
      promotion: null,
    });
  });

  it('adds lines, grouped by shop with subtotals, names and prices from the offers', async () => {
    const me = await buyer();
    await add(me, shirt, 2);
    await add(me, batik, 1);
    const cart = await add(me, sarong, 1);

    expect(cart.currency).toBe('IDR');
    expect(cart.shops.map((s) => [s.shopId, s.shopName, s.subtotal, s.discount, s.total])).toEqual([
      [market.shopA.id, 'Toko A', 40_000, 0, 40_000],
      [market.shopB.id, 'Toko B', 15_000, 0, 15_000],
    ]);
    expect(cart.shops[0].lines[0]).toEqual({
      lineId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      offerId: shirt.offerId,
      shopId: market.shopA.id,
      variantId: shirt.variantId,
      productId: shirt.productId,
      productName: 'Kemeja',
      variantTitle: 'M',
      sku: expect.stringMatching(/^Kemeja-M-/),
      quantity: 2,
      unitPrice: 10_000,
      lineTotal: 20_000,
      currency: 'IDR',
      purchasable: true,
    });
    expect(cart).toMatchObject({ subtotal: 55_000, discount: 0, total: 55_000 });
    expect(await cartOf(api, me)).toEqual(cart);
  });

  it('adds to the offer’s line when the offer is already in the cart', async () => {
    const me = await buyer();
    await add(me, shirt, 2);
    const cart = await add(me, shirt, 3);
    expect(linesOf(cart)).toEqual([[shirt.offerId, 5]]);
    expect(cart.subtotal).toBe(50_000);
  });

  it('refuses more than the shop can sell, naming what is available (also when merging)', async () => {
    const me = await buyer();
    const over = await addLine(api, me, batik.offerId, 4).expect(409);
    expect(over.body).toMatchObject({
      code: 'CART.INSUFFICIENT_STOCK',
      details: { offerId: batik.offerId, requested: 4, available: 3 },
    });
    await add(me, shirt, 4);
    const merged = await addLine(api, me, shirt.offerId, 2).expect(409);
    expect(merged.body.details).toMatchObject({ requested: 6, available: 5 });
    expect(linesOf(await cartOf(api, me))).toEqual([[shirt.offerId, 4]]);
  });

  it('changes a line’s quantity against the stock, and removes lines', async () => {
    const me = await buyer();
    await add(me, shirt, 1);
    const cart = await add(me, batik, 1);
    const [shirtLine, batikLine] = cart.shops.map((s) => s.lines[0].lineId);

    const changed = await api
      .http()
      .patch(`/cart/lines/${shirtLine}`)
      .set(me.auth)
      .send({ quantity: 5 })
      .expect(200);
    expect(linesOf(changed.body)).toEqual([
      [shirt.offerId, 5],
      [batik.offerId, 1],
    ]);
    const over = await api
      .http()
      .patch(`/cart/lines/${batikLine}`)
      .set(me.auth)
      .send({ quantity: 4 })
      .expect(409);
    expect(over.body).toMatchObject({ code: 'CART.INSUFFICIENT_STOCK', details: { available: 3 } });

    const removed = await api.http().delete(`/cart/lines/${shirtLine}`).set(me.auth).expect(200);
    expect(linesOf(removed.body)).toEqual([[batik.offerId, 1]]);
    for (const request of [
      api.http().delete(`/cart/lines/${shirtLine}`),
      api.http().patch(`/cart/lines/${randomUUID()}`).send({ quantity: 1 }),
    ]) {
      const missing = await request.set(me.auth).expect(404);
      expect(missing.body.code).toBe('CART.LINE_NOT_FOUND');
    }
  });

  it('does not let one buyer touch another’s lines', async () => {
    const [me, other] = await Promise.all([buyer(), buyer()]);
    const cart = await add(me, shirt, 1);
    const lineId = cart.shops[0].lines[0].lineId;
    await add(other, sarong, 1);
    await api.http().delete(`/cart/lines/${lineId}`).set(other.auth).expect(404);
    expect(linesOf(await cartOf(api, me))).toEqual([[shirt.offerId, 1]]);
  });

  it('empties the cart', async () => {
    const me = await buyer();
    await add(me, shirt, 1);
    await add(me, batik, 1);
    const emptied = await api.http().delete('/cart').set(me.auth).expect(200);
    expect(emptied.body).toMatchObject({ currency: null, shops: [], total: 0 });
    expect((await cartOf(api, me)).shops).toEqual([]);
    // Emptying an empty cart (or one never opened) is fine too.
    await api
      .http()
      .delete('/cart')
      .set((await buyer()).auth)
      .expect(200);
  });

  it('refuses an unknown offer (404) and an inactive offer, shop or product (422)', async () => {
    const me = await buyer();
    const unknown = await addLine(api, me, randomUUID(), 1).expect(404);
    expect(unknown.body.code).toBe('CART.OFFER_NOT_FOUND');

    const { sellerA, sellerB, categoryId } = market;
    const shopC = (
      await api
        .http()
        .post('/shops')
        .set(sellerB.auth)
        .send({
          name: 'Toko C',
          slug: `toko-c-${Date.now()}`,
        })
    ).body as { id: string };
    const [stopped, closedShop, draft] = await Promise.all([
      sellable(api, sellerA, market.shopA.id, categoryId, { price: 5_000, stock: 5 }),
      sellable(api, sellerB, shopC.id, categoryId, { price: 5_000, stock: 5 }),
      sellable(api, sellerA, market.shopA.id, categoryId, { price: 5_000, stock: 5, draft: true }),
    ]);
    await api
      .http()
      .patch(`/shops/${market.shopA.id}/offers/${stopped.offerId}`)
      .set(sellerA.auth)
      .send({ active: false })
      .expect(200);
    await api
      .http()
      .patch(`/shops/${shopC.id}`)
      .set(sellerB.auth)
      .send({ active: false })
      .expect(200);

    for (const [offer, reason] of [
      [stopped, 'offer_inactive'],
      [closedShop, 'shop_inactive'],
      [draft, 'product_inactive'],
    ] as const) {
      const res = await addLine(api, me, offer.offerId, 1).expect(422);
      expect(res.body).toMatchObject({
        code: 'CART.OFFER_UNAVAILABLE',
        details: { offerId: offer.offerId, reason },
      });
    }
    expect((await cartOf(api, me)).shops).toEqual([]);
  });

  it('keeps a line whose offer stopped selling, as not purchasable and outside the totals', async () => {
    const me = await buyer();
    const { sellerA, shopA, categoryId } = market;
    const soon = await sellable(api, sellerA, shopA.id, categoryId, { price: 7_000, stock: 5 });
    await add(me, soon, 2);
    await add(me, shirt, 1);
    await api
      .http()
      .patch(`/shops/${shopA.id}/offers/${soon.offerId}`)
      .set(sellerA.auth)
      .send({ active: false })
      .expect(200);

    const cart = await cartOf(api, me);
    expect(cart.shops[0].lines.map((l) => [l.offerId, l.purchasable, l.lineTotal])).toEqual([
      [soon.offerId, false, 14_000],
      [shirt.offerId, true, 10_000],
    ]);
    expect(cart).toMatchObject({ subtotal: 10_000, total: 10_000 });
    const change = await api
      .http()
      .patch(`/cart/lines/${cart.shops[0].lines[0].lineId}`)
      .set(me.auth)
      .send({ quantity: 1 })
      .expect(422);
    expect(change.body.details.reason).toBe('offer_inactive');
  });

  it('keeps one currency per cart', async () => {
    const me = await buyer();
    const dollars = await sellable(api, market.sellerB, market.shopB.id, market.categoryId, {
      price: 1_500,
      stock: 5,
      currency: 'USD',
    });
    await add(me, shirt, 1);
    const mismatch = await addLine(api, me, dollars.offerId, 1).expect(422);
    expect(mismatch.body).toMatchObject({
      code: 'CART.CURRENCY_MISMATCH',
      details: { cartCurrency: 'IDR', offerCurrency: 'USD' },
    });
    // Once the cart is empty it takes the next offer's currency.
    await api.http().delete('/cart').set(me.auth).expect(200);
    const cart = await add(me, dollars, 1);
    expect(cart).toMatchObject({ currency: 'USD', total: 1_500 });
  });

  it('refuses bad input with a 400 naming each field', async () => {
    const me = await buyer();
    const bad = await api
      .http()
      .post('/cart/lines')
      .set(me.auth)
      .send({ offerId: 'nope', quantity: 0 })
      .expect(400);
    expect(bad.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(fieldsOf(bad.body)).toEqual(['offerId', 'quantity']);
    for (const quantity of [1000, 1.5, '2', null]) {
      const res = await addLine(api, me, shirt.offerId, quantity as number).expect(400);
      expect(fieldsOf(res.body)).toEqual(['quantity']);
    }
    const extra = await api
      .http()
      .post('/cart/lines')
      .set(me.auth)
      .send({ offerId: shirt.offerId, quantity: 1, price: 1 })
      .expect(400);
    expect(fieldsOf(extra.body)).toEqual(['price']);
    const line = await api
      .http()
      .patch('/cart/lines/not-a-uuid')
      .set(me.auth)
      .send({ quantity: 1 })
      .expect(400);
    expect(fieldsOf(line.body)).toEqual(['lineId']);
  });

  it('is for buyers: sellers and admins get 403, strangers 401', async () => {
    for (const user of [market.sellerA, market.admin]) {
      const res = await api.http().get('/cart').set(user.auth).expect(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
      await addLine(api, user, shirt.offerId, 1).expect(403);
      await api.http().put('/cart/promotion').set(user.auth).send({ code: 'HEMAT10' }).expect(403);
    }
    await api.http().get('/cart').expect(401);
  });
});
