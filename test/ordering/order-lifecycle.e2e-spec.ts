import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ORDER_COMPLETION_QUEUE } from '@pasar/ordering';
import { eventually, startWorker } from '../support/worker';
import { startTestApi, TestApi } from '../support/test-api';
import {
  Market,
  OrderBody,
  pay,
  placedOrder,
  shopOrderOf,
  sql,
  stockOf,
  twoShopMarket,
} from './ordering-fixtures';

const DAY_MS = 86_400_000;

describe('ordering: the life cycle after checkout (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const act = (path: string, auth: Record<string, string>, body: object = {}) =>
    api.http().post(path).set(auth).send(body);
  const orderOf = async (orderId: string, auth: Record<string, string>) =>
    (await api.http().get(`/orders/${orderId}`).set(auth).expect(200)).body as OrderBody & {
      payments: {
        status: string;
        refunds: { reference: string; amount: number; reason: string }[];
      }[];
    };

  it('ships, delivers and completes each shop’s part on its own; illegal moves are 409', async () => {
    const { a30, b20, shopA, shopB, sellerA, sellerB, admin } = market;
    const { buyer, order } = await placedOrder(api, [
      [a30, 1],
      [b20, 1],
    ]);
    const a = shopOrderOf(order, shopA.id);
    const b = shopOrderOf(order, shopB.id);
    const parcel = { carrier: 'JNE', trackingNumber: 'JNE-0001' };

    const early = await act(`/shop-orders/${a.id}/ship`, sellerA.auth, parcel).expect(409);
    expect(early.body).toMatchObject({
      code: 'ORDERING.ILLEGAL_TRANSITION',
      details: { from: 'pending_payment', to: 'shipped' },
    });
    const stockBefore = await stockOf(api, a30.variantId);

    const paid = await pay(api, buyer, order.id);
    expect(paid.shopOrders.map((s) => s.status)).toEqual(['paid', 'paid']);
    expect(paid.paidAt).not.toBeNull();
    expect(await stockOf(api, a30.variantId)).toEqual({
      on_hand: stockBefore.on_hand - 1,
      reserved: stockBefore.reserved - 1,
    });

    const listed = await api
      .http()
      .get(`/shops/${shopA.id}/orders`)
      .query({ status: 'paid' })
      .set(sellerA.auth)
      .expect(200);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(a.id);
    const shipped = await api
      .http()
      .get(`/shops/${shopA.id}/orders`)
      .query({ status: 'shipped' })
      .set(sellerA.auth)
      .expect(200);
    expect(shipped.body.items.map((s: { id: string }) => s.id)).not.toContain(a.id);

    // Who may ship: the shop's seller only.
    const missing = await act(`/shop-orders/${a.id}/ship`, sellerA.auth, { carrier: 'JNE' }).expect(
      400,
    );
    expect(missing.body.details.fields.map((f: { field: string }) => f.field)).toEqual([
      'trackingNumber',
    ]);
    const foreign = await act(`/shop-orders/${a.id}/ship`, sellerB.auth, parcel).expect(404);
    expect(foreign.body.code).toBe('ORDERING.SHOP_ORDER_NOT_FOUND');
    await act(`/shop-orders/${a.id}/ship`, buyer.auth, parcel).expect(403);
    await act(`/shop-orders/${a.id}/ship`, admin.auth, parcel).expect(403);
    await api.http().get(`/shop-orders/${a.id}`).set(sellerB.auth).expect(404);
    await api.http().get(`/shop-orders/${a.id}`).set(buyer.auth).expect(403);
    await api.http().get(`/shops/${shopA.id}/orders`).set(sellerB.auth).expect(404);
    await api.http().get(`/shops/${shopA.id}/orders`).set(buyer.auth).expect(403);

    const deliveredTooSoon = await act(`/shop-orders/${a.id}/deliver`, sellerA.auth).expect(409);
    expect(deliveredTooSoon.body.details).toEqual({ from: 'paid', to: 'delivered' });

    const afterShip = await act(`/shop-orders/${a.id}/ship`, sellerA.auth, parcel).expect(200);
    expect(afterShip.body).toMatchObject({
      status: 'shipped',
      carrier: 'JNE',
      trackingNumber: 'JNE-0001',
    });
    const twice = await act(`/shop-orders/${a.id}/ship`, sellerA.auth, parcel).expect(409);
    expect(twice.body.details).toEqual({ from: 'shipped', to: 'shipped' });
    const notYet = await act(`/shop-orders/${a.id}/confirm-delivery`, buyer.auth).expect(409);
    expect(notYet.body.details).toEqual({ from: 'shipped', to: 'completed' });

    const delivered = await act(`/shop-orders/${a.id}/deliver`, sellerA.auth).expect(200);
    expect(delivered.body.status).toBe('delivered');

    const stranger = await placedOrder(api, [[b20, 1]]);
    await act(`/shop-orders/${a.id}/confirm-delivery`, stranger.buyer.auth).expect(404);
    const confirmed = await act(`/shop-orders/${a.id}/confirm-delivery`, buyer.auth).expect(200);
    expect(shopOrderOf(confirmed.body, shopA.id).status).toBe('completed');
    expect(confirmed.body.status).toBe('paid'); // Toko B has not shipped yet
    await act(`/shop-orders/${a.id}/confirm-delivery`, buyer.auth).expect(409);

    // Toko B's part: delivered, not confirmed: the worker schedules its completion.
    await act(`/shop-orders/${b.id}/ship`, sellerB.auth, {
      carrier: 'SiCepat',
      trackingNumber: 'SC-42',
    }).expect(200);
    await act(`/shop-orders/${b.id}/deliver`, sellerB.auth).expect(200);
    const queue = api.app.get<Queue>(getQueueToken(ORDER_COMPLETION_QUEUE), { strict: false });
    const job = await eventually(async () => {
      const found = await queue.getJob(b.id);
      expect(found?.data).toEqual({ shopOrderId: b.id });
      return found!;
    });
    expect(job.opts.delay).toBe(7 * DAY_MS);
    await job.promote();
    const completed = await eventually(async () => {
      const current = await orderOf(order.id, buyer.auth);
      expect(current.status).toBe('completed');
      return current;
    });
    expect(shopOrderOf(completed, shopB.id).completedAt).not.toBeNull();

    const tracking = await api
      .http()
      .get(`/orders/${order.id}/tracking`)
      .set(buyer.auth)
      .expect(200);
    expect(tracking.body.status).toBe('completed');
    expect(
      tracking.body.shipments.map((s: Record<string, unknown>) => [
        s.shopId,
        s.status,
        s.carrier,
        s.trackingNumber,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [shopA.id, 'completed', 'JNE', 'JNE-0001'],
        [shopB.id, 'completed', 'SiCepat', 'SC-42'],
      ]),
    );
    for (const shipment of tracking.body.shipments) {
      expect([shipment.paidAt, shipment.shippedAt, shipment.deliveredAt]).not.toContain(null);
    }

    const timeline = await api
      .http()
      .get(`/orders/${order.id}/timeline`)
      .set(buyer.auth)
      .expect(200);
    const of = (shopOrderId: string) =>
      timeline.body
        .filter((e: { shopOrderId: string }) => e.shopOrderId === shopOrderId)
        .map((e: { event: string; actor: { role: string } }) => [e.event, e.actor.role]);
    expect(of(a.id)).toEqual([
      ['placed', 'buyer'],
      ['paid', 'system'],
      ['shipped', 'seller'],
      ['delivered', 'seller'],
      ['completed', 'buyer'],
    ]);
    expect(of(b.id)).toEqual([
      ['placed', 'buyer'],
      ['paid', 'system'],
      ['shipped', 'seller'],
      ['delivered', 'seller'],
      ['completed', 'system'],
    ]);
    const events = await sql(api).execute<{ type: string }[]>(
      `select type from shared.outbox where aggregate_id in (?, ?, ?) order by position`,
      [order.id, a.id, b.id],
    );
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'ordering.order-placed',
        'ordering.order-paid',
        'ordering.shop-order-shipped',
        'ordering.shop-order-delivered',
        'ordering.shop-order-completed',
      ]),
    );
  });

  it('lets a seller cancel a paid part: the buyer is refunded its total and the stock comes back', async () => {
    const { a10, b20, shopA, sellerA, sellerB } = market;
    const { buyer, order } = await placedOrder(api, [
      [a10, 2],
      [b20, 1],
    ]);
    await pay(api, buyer, order.id);
    const a = shopOrderOf(order, shopA.id);
    const sold = await stockOf(api, a10.variantId);

    await act(`/shop-orders/${a.id}/cancel`, buyer.auth, { reason: 'No' }).expect(403);
    await act(`/shop-orders/${a.id}/cancel`, sellerB.auth, { reason: 'No' }).expect(404);
    const empty = await act(`/shop-orders/${a.id}/cancel`, sellerA.auth, { reason: ' ' }).expect(
      400,
    );
    expect(empty.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);

    const res = await act(`/shop-orders/${a.id}/cancel`, sellerA.auth, {
      reason: 'Stok rusak',
    }).expect(200);
    expect(res.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'seller_cancelled',
      cancelNote: 'Stok rusak',
    });
    expect(await stockOf(api, a10.variantId)).toEqual({
      on_hand: sold.on_hand + 2,
      reserved: sold.reserved,
    });
    const after = await orderOf(order.id, buyer.auth);
    expect(after.status).toBe('paid'); // Toko B's part still goes ahead
    expect(after.payments).toHaveLength(1);
    expect(after.payments[0].refunds).toEqual([
      expect.objectContaining({ reference: a.id, amount: 20_000, reason: 'Stok rusak' }),
    ]);
    const [cancelled] = await sql(api).execute<{ payload: Record<string, unknown> }[]>(
      `select payload from shared.outbox where type = 'ordering.shop-order-cancelled' and aggregate_id = ?`,
      [a.id],
    );
    expect(cancelled.payload).toMatchObject({ reason: 'seller_cancelled', refundAmount: 20_000 });

    const again = await act(`/shop-orders/${a.id}/cancel`, sellerA.auth, { reason: 'x' }).expect(
      409,
    );
    expect(again.body.details).toMatchObject({ from: 'cancelled', to: 'cancelled' });
    await act(`/shop-orders/${a.id}/ship`, sellerA.auth, {
      carrier: 'JNE',
      trackingNumber: 'J1',
    }).expect(409);
  });

  it('lets the buyer cancel an unpaid order: the stock is released and it can no longer be paid', async () => {
    const { a30, sellerA } = market;
    const before = await stockOf(api, a30.variantId);
    const { buyer, order } = await placedOrder(api, [[a30, 3]]);
    expect(await stockOf(api, a30.variantId)).toEqual({ ...before, reserved: before.reserved + 3 });

    const stranger = await placedOrder(api, [[a30, 1]]);
    await act(`/orders/${order.id}/cancel`, stranger.buyer.auth).expect(404);
    await act(`/orders/${order.id}/cancel`, sellerA.auth).expect(403);

    const res = await act(`/orders/${order.id}/cancel`, buyer.auth).expect(200);
    expect(res.body).toMatchObject({ status: 'cancelled', cancelReason: 'buyer_cancelled' });
    expect(res.body.shopOrders.map((s: { cancelReason: string }) => s.cancelReason)).toEqual([
      'buyer_cancelled',
    ]);
    expect(await stockOf(api, a30.variantId)).toEqual({ ...before, reserved: before.reserved + 1 });

    const again = await act(`/orders/${order.id}/cancel`, buyer.auth).expect(409);
    expect(again.body.code).toBe('ORDERING.ILLEGAL_TRANSITION');
    const intent = await act(`/orders/${order.id}/payment-intent`, buyer.auth).expect(409);
    expect(intent.body).toMatchObject({
      code: 'ORDERING.ORDER_NOT_PAYABLE',
      details: { status: 'cancelled' },
    });
    await act(`/orders/${stranger.order.id}/payment-intent`, buyer.auth).expect(404);

    await pay(api, stranger.buyer, stranger.order.id);
    const paidCancel = await act(`/orders/${stranger.order.id}/cancel`, stranger.buyer.auth).expect(
      409,
    );
    expect(paidCancel.body.details).toMatchObject({ from: 'paid', to: 'cancelled' });
  });

  it('notes a failed payment on the timeline and lets the buyer pay again', async () => {
    const { buyer, order } = await placedOrder(api, [[market.b20, 1]]);
    const intent = await act(`/orders/${order.id}/payment-intent`, buyer.auth).expect(201);
    expect(intent.body).toMatchObject({ orderId: order.id, amount: 20_000, currency: 'IDR' });
    await act(`/payments/simulated/intents/${intent.body.providerIntentId}/fail`, buyer.auth, {
      reason: 'card_declined',
    }).expect(200);
    const noted = await eventually(async () => {
      const res = await api.http().get(`/orders/${order.id}/timeline`).set(buyer.auth).expect(200);
      const failed = res.body.filter((e: { event: string }) => e.event === 'payment_failed');
      expect(failed).toHaveLength(1);
      return failed[0];
    });
    expect(noted).toMatchObject({
      shopOrderId: null,
      fromStatus: 'pending_payment',
      toStatus: 'pending_payment',
      actor: { id: null, role: 'system' },
      note: 'card_declined',
    });
    expect((await orderOf(order.id, buyer.auth)).status).toBe('pending_payment');
    const paid = await pay(api, buyer, order.id);
    expect(paid.status).toBe('paid');
  });
});
