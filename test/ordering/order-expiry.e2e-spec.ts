import { INestApplicationContext } from '@nestjs/common';
import { eventually, startWorker } from '../support/worker';
import { startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  buyerWithAddress,
  checkout,
  fillCart,
  Market,
  OrderBody,
  promotionUses,
  sql,
  stockOf,
  twoShopMarket,
} from './ordering-fixtures';

/** Unpaid orders expire through the real worker: the reservation's delayed job, then its event. */
describe('ordering: unpaid orders expire (RESERVATION_TTL_SECONDS=2, with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi({ RESERVATION_TTL_SECONDS: '2' });
    worker = await startWorker(api);
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const cancelledOrder = (buyer: TestUser, orderId: string) =>
    eventually(async () => {
      const res = await api.http().get(`/orders/${orderId}`).set(buyer.auth).expect(200);
      expect(res.body.status).toBe('cancelled');
      return res.body as OrderBody & { payments: { refunds: Record<string, unknown>[] }[] };
    }, 20_000);

  it('cancels an unpaid order for payment_timeout: stock back, promotion use given back', async () => {
    const { a30, b20, admin } = market;
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [a30, 2],
      [b20, 1],
    ]);
    const code = `LATE${Date.now().toString(36)}`.toUpperCase();
    await api
      .http()
      .post('/promotions')
      .set(admin.auth)
      .send({ code, kind: 'percent', percent: 10 })
      .expect(201);
    await api.http().put('/cart/promotion').set(buyer.auth).send({ code }).expect(200);
    const before = await Promise.all([a30, b20].map((s) => stockOf(api, s.variantId)));

    const placed = (await checkout(api, buyer).expect(201)).body as OrderBody;
    expect(await promotionUses(api, code)).toBe(1);
    const held = await Promise.all([a30, b20].map((s) => stockOf(api, s.variantId)));
    expect(held.map((s, i) => s.reserved - before[i].reserved)).toEqual([2, 1]);

    const order = await cancelledOrder(buyer, placed.id);
    expect(order.cancelReason).toBe('payment_timeout');
    expect(order.shopOrders.map((s) => [s.status, s.cancelReason])).toEqual([
      ['cancelled', 'payment_timeout'],
      ['cancelled', 'payment_timeout'],
    ]);
    expect(await Promise.all([a30, b20].map((s) => stockOf(api, s.variantId)))).toEqual(before);
    await eventually(async () => expect(await promotionUses(api, code)).toBe(0));

    const timeline = await api
      .http()
      .get(`/orders/${placed.id}/timeline`)
      .set(buyer.auth)
      .expect(200);
    expect(
      timeline.body
        .filter((e: { event: string }) => e.event === 'cancelled')
        .map((e: { actor: object; reason: string; fromStatus: string }) => [
          e.actor,
          e.reason,
          e.fromStatus,
        ]),
    ).toEqual([
      [{ id: null, role: 'system' }, 'payment_timeout', 'pending_payment'],
      [{ id: null, role: 'system' }, 'payment_timeout', 'pending_payment'],
    ]);
    const [cancelled] = await sql(api).execute<{ payload: Record<string, unknown> }[]>(
      `select payload from shared.outbox where type = 'ordering.order-cancelled' and aggregate_id = ?`,
      [placed.id],
    );
    expect(cancelled.payload).toEqual({
      orderId: placed.id,
      orderNumber: placed.number,
      buyerId: buyer.id,
      reason: 'payment_timeout',
    });

    const intent = await api
      .http()
      .post(`/orders/${placed.id}/payment-intent`)
      .set(buyer.auth)
      .expect(409);
    expect(intent.body.code).toBe('ORDERING.ORDER_NOT_PAYABLE');
  });

  it('refunds a payment that arrives after the order expired; the order stays cancelled', async () => {
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [[market.a10, 1]]);
    const placed = (await checkout(api, buyer).expect(201)).body as OrderBody;
    const intent = await api
      .http()
      .post(`/orders/${placed.id}/payment-intent`)
      .set(buyer.auth)
      .expect(201);
    await cancelledOrder(buyer, placed.id);

    await api
      .http()
      .post(`/payments/simulated/intents/${intent.body.providerIntentId}/succeed`)
      .set(buyer.auth)
      .expect(200);

    const order = await eventually(async () => {
      const current = await cancelledOrder(buyer, placed.id);
      expect(current.payments[0]?.refunds).toHaveLength(1);
      return current;
    });
    expect(order.payments[0].refunds[0]).toMatchObject({
      reference: placed.id,
      amount: 10_000,
      reason: 'payment_after_expiry',
    });
    expect(order.cancelReason).toBe('payment_timeout');
    expect(order.paidAt).toBeNull();
    const timeline = await api
      .http()
      .get(`/orders/${placed.id}/timeline`)
      .set(buyer.auth)
      .expect(200);
    expect(timeline.body.at(-1)).toMatchObject({
      event: 'late_payment',
      reason: 'payment_after_expiry',
      actor: { role: 'system' },
    });
  });
});
