import { randomUUID } from 'node:crypto';
import { sellable } from '../cart/cart-fixtures';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  Buyer,
  buyerWithAddress,
  checkout,
  fillCart,
  Market,
  OrderBody,
  promotionUses,
  shopOrderOf,
  stockOf,
  twoShopMarket,
} from './ordering-fixtures';

let codes = 0;
const freshCode = () => `ORD${Date.now().toString(36)}${++codes}`.toUpperCase();

describe('ordering: checkout', () => {
  let api: TestApi;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    market = await twoShopMarket(api);
  });

  afterAll(() => api.close());

  /** A platform-wide percent-off code, created by the admin and applied to the buyer's cart. */
  async function applyPercentOff(buyer: TestUser, percent: number): Promise<string> {
    const code = freshCode();
    await api
      .http()
      .post('/promotions')
      .set(market.admin.auth)
      .send({ code, kind: 'percent', percent })
      .expect(201);
    await api.http().put('/cart/promotion').set(buyer.auth).send({ code }).expect(200);
    return code;
  }

  const ordersOf = async (buyer: TestUser) =>
    (await api.http().get('/orders').set(buyer.auth).expect(200)).body as {
      items: OrderBody[];
      total: number;
    };

  it('splits a two-shop cart into two ShopOrders with their totals, holds the stock and empties the cart', async () => {
    const { a30, a10, b20, shopA, shopB } = market;
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [a30, 1],
      [a10, 2],
      [b20, 1],
    ]);
    const code = await applyPercentOff(buyer, 10);
    const before = await Promise.all([a30, a10, b20].map((s) => stockOf(api, s.variantId)));
    const started = Date.now();

    const res = await checkout(api, buyer).expect(201);
    const order = res.body as OrderBody & { paymentInstructions: Record<string, unknown> };

    expect(order).toMatchObject({
      buyerId: buyer.id,
      status: 'pending_payment',
      currency: 'IDR',
      subtotal: 70_000,
      discount: 7_000,
      total: 63_000,
      promotion: { code },
      paymentMethod: 'card',
      shippingAddress: { recipientName: 'Ana Putri', city: 'Bandung', postalCode: '40111' },
    });
    const a = shopOrderOf(order, shopA.id);
    const b = shopOrderOf(order, shopB.id);
    expect([a.status, a.subtotal, a.discount, a.total]).toEqual([
      'pending_payment',
      50_000,
      5_000,
      45_000,
    ]);
    expect([b.status, b.subtotal, b.discount, b.total]).toEqual([
      'pending_payment',
      20_000,
      2_000,
      18_000,
    ]);
    expect(a.items.map((i) => [i.offerId, i.quantity, i.unitPrice, i.lineTotal]).sort()).toEqual(
      [
        [a10.offerId, 2, 10_000, 20_000],
        [a30.offerId, 1, 30_000, 30_000],
      ].sort(),
    );
    expect(b.items.map((i) => [i.productName, i.quantity, i.lineTotal])).toEqual([
      ['Batik', 1, 20_000],
    ]);

    const expiresAt = Date.parse(order.expiresAt);
    expect(expiresAt).toBeGreaterThanOrEqual(started + 900_000 - 1_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);
    expect(order.paymentInstructions).toEqual({
      provider: 'simulated',
      method: 'card',
      amount: 63_000,
      currency: 'IDR',
      payBefore: order.expiresAt,
      createIntentUrl: `${api.config.publicUrl}/orders/${order.id}/payment-intent`,
    });

    // The order reads back as checkout answered it.
    const { paymentInstructions: _, ...placed } = order;
    const read = await api.http().get(`/orders/${order.id}`).set(buyer.auth).expect(200);
    expect(read.body).toEqual({ ...placed, payments: [] });

    const after = await Promise.all([a30, a10, b20].map((s) => stockOf(api, s.variantId)));
    expect(after.map((s, i) => s.reserved - before[i].reserved)).toEqual([1, 2, 1]);
    expect(after.map((s, i) => s.on_hand - before[i].on_hand)).toEqual([0, 0, 0]);
    const cart = await api.http().get('/cart').set(buyer.auth).expect(200);
    expect([cart.body.shops, cart.body.promotion]).toEqual([[], null]);
    expect(await promotionUses(api, code)).toBe(1);

    const timeline = await api
      .http()
      .get(`/orders/${order.id}/timeline`)
      .set(buyer.auth)
      .expect(200);
    expect(
      timeline.body.map((e: { event: string; toStatus: string; actor: object }) => [
        e.event,
        e.toStatus,
        e.actor,
      ]),
    ).toEqual([
      ['placed', 'pending_payment', { id: buyer.id, role: 'buyer' }],
      ['placed', 'pending_payment', { id: buyer.id, role: 'buyer' }],
    ]);

    // Each seller sees only its shop's part, with where to ship it.
    const sellerView = await api
      .http()
      .get(`/shops/${shopB.id}/orders`)
      .set(market.sellerB.auth)
      .expect(200);
    expect(sellerView.body.items.map((s: { id: string }) => s.id)).toContain(b.id);
    const mine = sellerView.body.items.find((s: { id: string }) => s.id === b.id);
    expect(mine).toMatchObject({
      orderId: order.id,
      buyerId: buyer.id,
      total: 18_000,
      shippingAddress: { city: 'Bandung' },
    });
  });

  describe('Idempotency-Key', () => {
    let buyer: Buyer;
    beforeAll(async () => {
      buyer = await buyerWithAddress(api);
    });

    it('answers a replay with the first response, status and body, and places one order', async () => {
      await fillCart(api, buyer, [[market.a10, 1]]);
      const key = randomUUID();
      const first = await checkout(api, buyer, key).expect(201);
      await fillCart(api, buyer, [[market.b20, 1]]);
      const again = await checkout(api, buyer, key).expect(201);
      expect(again.body).toEqual(first.body);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect((await ordersOf(buyer)).items.map((o) => o.id)).toEqual([first.body.id]);
      // The replay did not touch the new cart.
      const cart = await api.http().get('/cart').set(buyer.auth).expect(200);
      expect(cart.body.shops).toHaveLength(1);
    });

    it('refuses the same key with another body (422)', async () => {
      await fillCart(api, buyer, [[market.a10, 1]]);
      const key = randomUUID();
      await checkout(api, buyer, key).expect(201);
      const res = await checkout(api, buyer, key, { paymentMethod: 'ewallet' }).expect(422);
      expect(res.body.code).toBe('ORDERING.IDEMPOTENCY_KEY_REUSED');
    });

    it('is required: missing or malformed is a 400 naming the header', async () => {
      for (const key of [null, '', 'x'.repeat(101), 'with space']) {
        const res = await checkout(api, buyer, key).expect(400);
        expect(res.body).toMatchObject({
          code: 'REQUEST.VALIDATION_FAILED',
          details: { fields: [expect.objectContaining({ field: 'Idempotency-Key' })] },
        });
      }
    });
  });

  it('refuses a checkout with a short line (409 naming it) and changes nothing: no order, stock, cart or promotion use', async () => {
    const { sellerB, shopB, categoryId } = market;
    const songket = await sellable(api, sellerB, shopB.id, categoryId, {
      price: 15_000,
      stock: 5,
      name: 'Songket',
    });
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [market.a10, 2],
      [songket, 5],
    ]);
    const code = await applyPercentOff(buyer, 5);
    // Someone else buys 3 of the 5 after our buyer filled the cart.
    const rival = await buyerWithAddress(api);
    await fillCart(api, rival, [[songket, 3]]);
    await checkout(api, rival).expect(201);
    const before = await Promise.all([market.a10, songket].map((s) => stockOf(api, s.variantId)));
    const cartBefore = (await api.http().get('/cart').set(buyer.auth).expect(200)).body;

    const res = await checkout(api, buyer).expect(409);

    const sku = cartBefore.shops
      .flatMap((s: { lines: { offerId: string; sku: string }[] }) => s.lines)
      .find((l: { offerId: string }) => l.offerId === songket.offerId).sku;
    expect(res.body).toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: {
        lines: [
          {
            shopId: shopB.id,
            offerId: songket.offerId,
            variantId: songket.variantId,
            productId: songket.productId,
            productName: 'Songket',
            sku,
            requested: 5,
            available: 2,
          },
        ],
      },
    });
    expect(res.body.message).toContain('Songket');
    expect((await ordersOf(buyer)).total).toBe(0);
    expect(await Promise.all([market.a10, songket].map((s) => stockOf(api, s.variantId)))).toEqual(
      before,
    );
    expect((await api.http().get('/cart').set(buyer.auth).expect(200)).body).toEqual(cartBefore);
    expect(await promotionUses(api, code)).toBe(0);
  });

  it('refuses carts that cannot be ordered as they are', async () => {
    const buyer = await buyerWithAddress(api);
    const empty = await checkout(api, buyer).expect(422);
    expect(empty.body.code).toBe('ORDERING.EMPTY_CART');

    const { sellerA, shopA, categoryId } = market;
    const offer = await sellable(api, sellerA, shopA.id, categoryId, {
      price: 5_000,
      stock: 5,
      name: 'Topi',
    });
    await fillCart(api, buyer, [[offer, 1]]);
    await api
      .http()
      .patch(`/shops/${shopA.id}/offers/${offer.offerId}`)
      .set(sellerA.auth)
      .send({ active: false })
      .expect(200);
    const unpurchasable = await checkout(api, buyer).expect(409);
    expect(unpurchasable.body).toMatchObject({
      code: 'ORDERING.UNPURCHASABLE_LINES',
      details: {
        lines: [expect.objectContaining({ offerId: offer.offerId, productName: 'Topi' })],
      },
    });

    const other = await buyerWithAddress(api);
    await fillCart(api, other, [[market.a10, 1]]);
    const code = await applyPercentOff(other, 10);
    const [{ id }] = (
      await api.http().get('/promotions').set(market.admin.auth).query({ limit: 100 }).expect(200)
    ).body.items.filter((p: { code: string }) => p.code === code);
    await api
      .http()
      .patch(`/promotions/${id}`)
      .set(market.admin.auth)
      .send({ active: false })
      .expect(200);
    const promotion = await checkout(api, other).expect(422);
    expect(promotion.body).toMatchObject({
      code: 'CART.PROMOTION_INACTIVE',
      details: { promotionCode: code },
    });
  });

  it('validates the request and the shipping address', async () => {
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [[market.a10, 1]]);
    const bad = await checkout(api, buyer, randomUUID(), {
      paymentMethod: 'cash',
      shippingAddressId: 'home',
    }).expect(400);
    expect(bad.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual([
      'paymentMethod',
      'shippingAddressId',
    ]);

    const stranger = await buyerWithAddress(api);
    const notMine = await checkout(api, buyer, randomUUID(), {
      shippingAddressId: stranger.addressId,
    }).expect(422);
    expect(notMine.body).toMatchObject({
      code: 'ORDERING.SHIPPING_ADDRESS_NOT_FOUND',
      details: { field: 'shippingAddressId' },
    });
    const billingNotMine = await checkout(api, buyer, randomUUID(), {
      billingAddressId: stranger.addressId,
    }).expect(422);
    expect(billingNotMine.body).toMatchObject({
      code: 'ORDERING.BILLING_ADDRESS_NOT_FOUND',
      details: { field: 'billingAddressId' },
    });
    // Ids are matched whatever their letter case.
    const placed = await checkout(api, buyer, randomUUID(), {
      shippingAddressId: buyer.addressId.toUpperCase(),
    }).expect(201);
    expect(placed.body.shippingAddress).toMatchObject({ line1: expect.any(String) });
  });

  it('is for buyers only', async () => {
    const seller = await signUp(api, 'seller');
    const res = await api
      .http()
      .post('/orders')
      .set(seller.auth)
      .set('idempotency-key', randomUUID())
      .send({ shippingAddressId: randomUUID(), paymentMethod: 'card' })
      .expect(403);
    expect(res.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('lets buyers read their own orders (newest first) and admins any; others get a 404', async () => {
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [[market.a10, 1]]);
    const first = (await checkout(api, buyer).expect(201)).body as OrderBody;
    await fillCart(api, buyer, [[market.b20, 1]]);
    const second = (await checkout(api, buyer).expect(201)).body as OrderBody;

    const page = await api.http().get('/orders').set(buyer.auth).query({ limit: 1 }).expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(page.body.items.map((o: OrderBody) => o.id)).toEqual([second.id]);
    const next = await api
      .http()
      .get('/orders')
      .set(buyer.auth)
      .query({ limit: 1, offset: 1 })
      .expect(200);
    expect(next.body.items.map((o: OrderBody) => o.id)).toEqual([first.id]);

    const stranger = await buyerWithAddress(api);
    for (const path of ['', '/tracking', '/timeline']) {
      const res = await api.http().get(`/orders/${first.id}${path}`).set(stranger.auth).expect(404);
      expect(res.body.code).toBe('ORDERING.ORDER_NOT_FOUND');
      await api.http().get(`/orders/${first.id}${path}`).set(market.admin.auth).expect(200);
      await api.http().get(`/orders/${first.id}${path}`).set(market.sellerA.auth).expect(403);
    }
    await api.http().get(`/orders/${randomUUID()}`).set(buyer.auth).expect(404);
    const malformed = await api.http().get('/orders/not-a-uuid').set(buyer.auth).expect(400);
    expect(malformed.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect((await ordersOf(stranger)).total).toBe(0);
  });
});
