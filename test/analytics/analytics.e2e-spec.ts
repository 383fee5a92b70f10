import { INestApplicationContext } from '@nestjs/common';
import { RebuildAnalyticsCommand } from '@pasar/analytics';
import { eventually, startWorker } from '../support/worker';
import { signUp, startTestApi, TestApi } from '../support/test-api';
import {
  Market,
  OrderBody,
  pay,
  placedOrder,
  shopOrderOf,
  sql,
  twoShopMarket,
} from '../ordering/ordering-fixtures';

/** Places, pays, cancels and expires orders through the real worker, then checks every figure. */
describe('analytics (RESERVATION_TTL_SECONDS=4, with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;
  const today = new Date().toISOString().slice(0, 10);
  const range = `from=${today}&to=${today}`;

  beforeAll(async () => {
    api = await startTestApi({ RESERVATION_TTL_SECONDS: '4' });
    worker = await startWorker(api);
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  it('agrees with the orders: revenue, refunds, rates, units per product and warehouse', async () => {
    const { a30, a10, b20, shopA, shopB, sellerA, sellerB, admin } = market;
    // 1: paid, both shops. 2: paid, then cancelled by the seller (refunded). 3: left to expire.
    const one = await placedOrder(api, [
      [a30, 2],
      [b20, 1],
    ]);
    await pay(api, one.buyer, one.order.id);
    const two = await placedOrder(api, [[a10, 3]]);
    await pay(api, two.buyer, two.order.id);
    await api
      .http()
      .post(`/shop-orders/${shopOrderOf(two.order, shopA.id).id}/cancel`)
      .set(sellerA.auth)
      .send({ reason: 'Rusak' })
      .expect(200);
    const three = await placedOrder(api, [[a10, 1]]);
    await eventually(async () => {
      const res = await api.http().get(`/orders/${three.order.id}`).set(three.buyer.auth);
      expect((res.body as OrderBody).status).toBe('cancelled');
    }, 20_000);

    const shop = await eventually(async () => {
      const res = await api
        .http()
        .get(`/shops/${shopA.id}/analytics?${range}`)
        .set(sellerA.auth)
        .expect(200);
      expect(res.body.refunds).toBe(30_000);
      expect(res.body.expiredOrders).toBe(1);
      return res.body;
    }, 20_000);
    const [warehouse] = await sql(api).execute<{ warehouse_id: string }[]>(
      `select warehouse_id from inventory.stock_levels where variant_id = ?`,
      [a30.variantId],
    );
    expect(shop).toEqual({
      shopId: shopA.id,
      from: today,
      to: today,
      orders: 3,
      paidOrders: 2,
      cancelledOrders: 1,
      expiredOrders: 1,
      grossSales: 90_000,
      refunds: 30_000,
      revenue: 60_000,
      averageOrderValue: 45_000,
      cancellationRate: 0.3333,
      expiryRate: 0.3333,
      days: [{ date: today, orders: 3, paidOrders: 2, revenue: 60_000 }],
      products: [{ productId: a30.productId, units: 2 }],
      warehouses: [{ warehouseId: warehouse.warehouse_id, units: 2 }],
    });

    const b = await api.http().get(`/shops/${shopB.id}/analytics?${range}`).set(admin.auth);
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ orders: 1, paidOrders: 1, revenue: 20_000, expiryRate: 0 });

    const platform = await api.http().get(`/admin/analytics?${range}`).set(admin.auth).expect(200);
    expect(platform.body).toEqual({
      from: today,
      to: today,
      gmv: 110_000,
      refunds: 30_000,
      revenue: 80_000,
      orders: 3,
      paidOrders: 2,
      activeBuyers: 2,
      activeSellers: 2,
      topShops: [
        { shopId: shopA.id, revenue: 60_000, paidOrders: 2 },
        { shopId: shopB.id, revenue: 20_000, paidOrders: 1 },
      ],
    });

    // Another day holds nothing.
    const empty = await api
      .http()
      .get(`/shops/${shopA.id}/analytics?from=2020-01-01&to=2020-01-31`)
      .set(sellerA.auth)
      .expect(200);
    expect(empty.body).toMatchObject({ orders: 0, revenue: 0, averageOrderValue: 0, days: [] });

    // Rebuilding from the outbox gives the same figures.
    const { replayed } = await api.command<{ replayed: number }>(new RebuildAnalyticsCommand());
    expect(replayed).toBeGreaterThan(0);
    const rebuilt = await api
      .http()
      .get(`/shops/${shopA.id}/analytics?${range}`)
      .set(sellerA.auth)
      .expect(200);
    expect(rebuilt.body).toEqual(shop);
    const rebuiltPlatform = await api.http().get(`/admin/analytics?${range}`).set(admin.auth);
    expect(rebuiltPlatform.body).toEqual(platform.body);

    // Access: other sellers 404, buyers 403, admins only for the platform.
    const other = await api
      .http()
      .get(`/shops/${shopA.id}/analytics?${range}`)
      .set(sellerB.auth)
      .expect(404);
    expect(other.body.code).toBe('ANALYTICS.SHOP_NOT_FOUND');
    await api.http().get(`/shops/${shopA.id}/analytics?${range}`).set(one.buyer.auth).expect(403);
    await api.http().get(`/admin/analytics?${range}`).set(sellerA.auth).expect(403);
  });

  it('refuses bad ranges with 400 and unknown shops with 404', async () => {
    const admin = await signUp(api, 'admin');
    const { shopA } = market;
    const bad = async (query: string) =>
      (await api.http().get(`/admin/analytics?${query}`).set(admin.auth).expect(400)).body;
    expect((await bad('from=2026-01-01')).code).toBe('REQUEST.VALIDATION_FAILED');
    await bad('from=yesterday&to=2026-01-01');
    await bad('from=2026-02-30&to=2026-03-01');
    await bad('from=2026-02-01&to=2026-01-01');
    await bad('from=2020-01-01&to=2026-01-01');
    await api
      .http()
      .get(`/shops/nope/analytics?from=2026-01-01&to=2026-01-02`)
      .set(admin.auth)
      .expect(400);
    const missing = await api
      .http()
      .get(`/shops/00000000-0000-4000-8000-000000000000/analytics?from=2026-01-01&to=2026-01-02`)
      .set(admin.auth)
      .expect(404);
    expect(missing.body.code).toBe('ANALYTICS.SHOP_NOT_FOUND');
    await api
      .http()
      .get(`/shops/${shopA.id}/analytics?from=2026-01-01&to=2026-01-02`)
      .set(admin.auth)
      .expect(200);
  });
});
