import { INestApplicationContext } from '@nestjs/common';
import { createServer, Server } from 'node:net';
import { addLine, openMarket, sellable, Sellable } from '../cart/cart-fixtures';
import { startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import { Buyer, buyerWithAddress, checkout, sql } from './checkout-world';

/** The whole path through HTTP and the real worker: cart → promotion → checkout → pay → ship → deliver → complete. */
describe('a purchase from two shops, end to end', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Awaited<ReturnType<typeof openMarket>>;
  let shirt: Sellable;
  let batik: Sellable;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    market = await openMarket(api);
    [shirt, batik] = await Promise.all([
      sellable(api, market.sellerA, market.shopA.id, market.categoryId, {
        price: 80_000,
        stock: 10,
        name: 'Kemeja',
      }),
      sellable(api, market.sellerB, market.shopB.id, market.categoryId, {
        price: 120_000,
        stock: 10,
        name: 'Batik',
      }),
    ]);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const post = (path: string, user: TestUser, body: object = {}) =>
    api.http().post(path).set(user.auth).send(body);
  const orderOf = async (orderId: string, user: TestUser) =>
    (await api.http().get(`/orders/${orderId}`).set(user.auth).expect(200)).body;
  const count = async (query: string, params: unknown[]) =>
    (await sql(api).execute<{ n: number }[]>(query, params))[0].n;

  async function placeOrder(buyer: Buyer) {
    await addLine(api, buyer, shirt.offerId, 2).expect(201);
    await addLine(api, buyer, batik.offerId, 1).expect(201);
    return (await checkout(api, buyer).expect(201)).body;
  }

  async function payThroughSimulator(buyer: Buyer, orderId: string) {
    const intent = await post(`/orders/${orderId}/payment-intent`, buyer).expect(201);
    await post(`/payments/simulated/intents/${intent.body.providerIntentId}/succeed`, buyer).expect(
      200,
    );
    return intent.body;
  }

  it('goes from cart to completed, with the promotion, payment, stock and timeline all agreeing', async () => {
    const promotion = await post('/promotions', market.admin, {
      code: `JOURNEY${Date.now()}`,
      kind: 'percent',
      percent: 10,
    }).expect(201);
    const buyer = await buyerWithAddress(api);
    await addLine(api, buyer, shirt.offerId, 2).expect(201);
    await addLine(api, buyer, batik.offerId, 1).expect(201);
    const cart = await api
      .http()
      .put('/cart/promotion')
      .set(buyer.auth)
      .send({ code: promotion.body.code })
      .expect(200);
    expect(cart.body).toMatchObject({ subtotal: 280_000, discount: 28_000, total: 252_000 });

    const placed = (await checkout(api, buyer).expect(201)).body;
    expect(placed).toMatchObject({
      status: 'pending_payment',
      subtotal: 280_000,
      discount: 28_000,
      total: 252_000,
    });
    expect(placed.shopOrders).toHaveLength(2);
    const [{ used }] = await sql(api).execute<{ used: number }[]>(
      'select used from cart.promotions where id = ?',
      [promotion.body.id],
    );
    expect(used).toBe(1);

    const intent = await payThroughSimulator(buyer, placed.id);
    expect(intent.amount).toBe(252_000);
    const paid = await eventually(async () => {
      const order = await orderOf(placed.id, buyer);
      expect(order.status).toBe('paid');
      return order;
    });
    expect(paid.payments[0]).toMatchObject({ status: 'succeeded', amount: 252_000 });

    for (const shopOrder of paid.shopOrders) {
      const seller = shopOrder.shopId === market.shopA.id ? market.sellerA : market.sellerB;
      await post(`/shop-orders/${shopOrder.id}/ship`, seller, {
        carrier: 'JNE',
        trackingNumber: `JNE-${shopOrder.id.slice(0, 8)}`,
      }).expect(200);
      await post(`/shop-orders/${shopOrder.id}/deliver`, seller).expect(200);
      await post(`/shop-orders/${shopOrder.id}/confirm-delivery`, buyer).expect(200);
    }

    const done = await orderOf(placed.id, buyer);
    expect(done.status).toBe('completed');
    expect(done.shopOrders.map((s: { status: string }) => s.status)).toEqual([
      'completed',
      'completed',
    ]);
    const tracking = await api.http().get(`/orders/${placed.id}/tracking`).set(buyer.auth);
    expect(tracking.status).toBe(200);
    const timeline = (
      await api.http().get(`/orders/${placed.id}/timeline`).set(buyer.auth).expect(200)
    ).body;
    const moves = (timeline.items ?? timeline).map((e: { toStatus: string | null }) => e.toStatus);
    for (const status of ['pending_payment', 'paid', 'shipped', 'delivered', 'completed']) {
      expect(moves).toContain(status);
    }

    // Stock: 2 shirts and 1 batik sold; nothing left reserved; the ledger agrees.
    for (const [item, sold] of [
      [shirt, 2],
      [batik, 1],
    ] as const) {
      const [level] = await sql(api).execute<{ on_hand: number; reserved: number }[]>(
        'select sum(on_hand)::int as on_hand, sum(reserved)::int as reserved from inventory.stock_levels where variant_id = ?',
        [item.variantId],
      );
      expect(level).toEqual({ on_hand: 10 - sold, reserved: 0 });
      expect(
        await count(
          `select coalesce(-sum(on_hand_delta), 0)::int as n from inventory.stock_movements
            where variant_id = ? and kind = 'sale'`,
          [item.variantId],
        ),
      ).toBe(sold);
    }
  });

  it('pays an order with nothing to pay (a 100 % promotion) at checkout: stock sold, no payment asked', async () => {
    const promotion = await post('/promotions', market.admin, {
      code: `FREE${Date.now()}`,
      kind: 'percent',
      percent: 100,
    }).expect(201);
    const buyer = await buyerWithAddress(api);
    await addLine(api, buyer, batik.offerId, 1).expect(201);
    await api
      .http()
      .put('/cart/promotion')
      .set(buyer.auth)
      .send({ code: promotion.body.code })
      .expect(200);
    const [before] = await sql(api).execute<{ on_hand: number }[]>(
      'select sum(on_hand)::int as on_hand from inventory.stock_levels where variant_id = ?',
      [batik.variantId],
    );

    const placed = (await checkout(api, buyer).expect(201)).body;
    expect(placed).toMatchObject({ status: 'paid', total: 0, paymentInstructions: null });
    expect(placed.paidAt).not.toBeNull();
    const [after] = await sql(api).execute<{ on_hand: number; reserved: number }[]>(
      `select sum(on_hand)::int as on_hand, sum(reserved)::int as reserved
         from inventory.stock_levels where variant_id = ?`,
      [batik.variantId],
    );
    expect(after.on_hand).toBe(before.on_hand - 1);
    await post(`/orders/${placed.id}/payment-intent`, buyer).expect(409);
    expect(
      await count(
        `select count(*)::int as n from shared.outbox where type = 'ordering.order-paid' and aggregate_id = ?`,
        [placed.id],
      ),
    ).toBe(1);
  });

  it('applies a replayed payment webhook once: one commit, one sale per unit, one order-paid event', async () => {
    const buyer = await buyerWithAddress(api);
    const placed = await placeOrder(buyer);
    const intent = await payThroughSimulator(buyer, placed.id);
    await eventually(async () => expect((await orderOf(placed.id, buyer)).status).toBe('paid'));

    // The simulator redelivers the same provider event when asked again.
    const replay = await post(
      `/payments/simulated/intents/${intent.providerIntentId}/succeed`,
      buyer,
    ).expect(200);
    expect(replay.body).toMatchObject({ paymentStatus: 'succeeded' });
    // Give the worker time to (not) act on anything the replay might have caused.
    await new Promise((resolve) => setTimeout(resolve, 1500));

    expect(
      await count(
        `select count(*)::int as n from shared.outbox where type = 'ordering.order-paid' and aggregate_id = ?`,
        [placed.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select count(*)::int as n from shared.outbox where type = 'payments.payment-succeeded' and payload->>'orderId' = ?`,
        [placed.id],
      ),
    ).toBe(1);
    expect(
      await count(
        `select coalesce(-sum(on_hand_delta), 0)::int as n from inventory.stock_movements
          where reference = ? and kind = 'sale'`,
        [placed.id],
      ),
    ).toBe(3);
  });

  describe('when the payment provider is down', () => {
    let downApi: TestApi;
    let closedPort: Server;

    beforeAll(async () => {
      // A port that accepts nothing: every Stripe call fails to connect.
      closedPort = createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => closedPort.listen(0, '127.0.0.1', resolve));
      const { port } = closedPort.address() as { port: number };
      downApi = await startTestApi({
        PAYMENT_PROVIDER: 'stripe',
        STRIPE_SECRET_KEY: 'sk_test_outage',
        STRIPE_WEBHOOK_SECRET: 'whsec_outage',
        STRIPE_API_URL: `http://127.0.0.1:${port}`,
        PAYMENT_PROVIDER_TIMEOUT_MS: '500',
        PAYMENT_PROVIDER_RETRIES: '1',
      });
    });

    afterAll(async () => {
      await downApi?.close();
      await new Promise((resolve) => closedPort?.close(resolve));
    });

    it('answers 503 PAYMENTS.PROVIDER_UNAVAILABLE and leaves the order pending, never half-paid', async () => {
      const downMarket = await openMarket(downApi);
      const item = await sellable(
        downApi,
        downMarket.sellerA,
        downMarket.shopA.id,
        downMarket.categoryId,
        { price: 50_000, stock: 3 },
      );
      const buyer = await buyerWithAddress(downApi);
      await addLine(downApi, buyer, item.offerId, 1).expect(201);
      const placed = (await checkout(downApi, buyer).expect(201)).body;

      const res = await downApi
        .http()
        .post(`/orders/${placed.id}/payment-intent`)
        .set(buyer.auth)
        .expect(503);
      expect(res.body.code).toBe('PAYMENTS.PROVIDER_UNAVAILABLE');
      const order = await downApi.http().get(`/orders/${placed.id}`).set(buyer.auth).expect(200);
      expect(order.body.status).toBe('pending_payment');
      expect(order.body.payments.every((p: { status: string }) => p.status !== 'succeeded')).toBe(
        true,
      );
    });
  });
});
