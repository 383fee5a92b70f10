import { randomUUID } from 'node:crypto';
import { EventEnvelope, Inbox } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  AnalyticsModule,
  GetPlatformAnalyticsQuery,
  GetShopAnalyticsQuery,
  PlatformAnalyticsView,
  RebuildAnalyticsCommand,
  ShopAnalyticsView,
} from '@pasar/analytics';
import {
  EXPIRY_REASON,
  ORDER_CANCELLED,
  ORDER_PAID,
  ORDER_PLACED,
  REFUND_SUCCEEDED,
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_SHIPPED,
  SHOP_SAVED,
  STOCK_RESERVED,
} from '../src/contracts/consumed-events';
import { AnalyticsProjector } from '../src/application/projections/analytics-projector';
import { AnalyticsProjectionConsumer } from '../src/infrastructure/jobs/analytics-projection.consumer';

/**
 * The analytics projection as the worker runs it (consumer inside the inbox transaction) on a
 * real database: redelivery, events that overtake order-placed, and a rebuild from the outbox.
 */
describe('analytics projector (Postgres)', () => {
  let context: IntegrationContext;
  const range = { from: '2026-03-01', to: '2026-03-31' };
  const admin = { id: randomUUID(), role: 'admin' as const };
  const owner = randomUUID();
  const shopId = randomUUID();
  const [w1, w2] = [randomUUID(), randomUUID()];
  const [p1, p2, p3] = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [AnalyticsModule], providers: [Inbox] });
  });
  afterAll(() => context?.close());

  const event = (type: string, payload: object, occurredAt: string): EventEnvelope => ({
    id: randomUUID(),
    type,
    aggregateType: type.split('.')[0],
    aggregateId: randomUUID(),
    occurredAt,
    payload: payload as Record<string, unknown>,
  });

  /** Commits the event to the outbox, as its publisher's transaction would. */
  const publish = (e: EventEnvelope) =>
    context.sql.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       values (?, ?, ?, ?, ?::jsonb, ?)`,
      [e.id, e.type, e.aggregateType, e.aggregateId, JSON.stringify(e.payload), e.occurredAt],
    );

  /** One delivery of the event to the consumer, as the projections queue's processor does it. */
  const deliver = (e: EventEnvelope): Promise<boolean> => {
    const consumer = context.module.get(AnalyticsProjectionConsumer);
    return context.module
      .get(Inbox)
      .runOnce(AnalyticsProjectionConsumer.name, e.id, (em) => consumer.handle(e, em));
  };

  const publishAndDeliver = async (e: EventEnvelope) => {
    await publish(e);
    expect(await deliver(e)).toBe(true);
  };

  const shopFigures = () =>
    context.ask<ShopAnalyticsView>(new GetShopAnalyticsQuery(admin, shopId, range));
  const platformFigures = () =>
    context.ask<PlatformAnalyticsView>(new GetPlatformAnalyticsQuery(range));

  /** An order of one ShopOrder at `shopId`; lines are [product, warehouse, quantity, unit price]. */
  function order(placedAt: string, lines: [string, string, number, number][]) {
    const orderId = randomUUID();
    const shopOrderId = randomUUID();
    const total = lines.reduce((sum, [, , quantity, price]) => sum + quantity * price, 0);
    const at = (minutes: number) => new Date(Date.parse(placedAt) + minutes * 60_000).toISOString();
    const status = (type: string, status: string, minutes: number, reason?: string) =>
      event(type, { orderId, shopOrderId, shopId, status, reason }, at(minutes));
    return {
      orderId,
      shopOrderId,
      total,
      placed: event(
        ORDER_PLACED,
        {
          orderId,
          buyerId: randomUUID(),
          shopOrders: [
            {
              shopOrderId,
              shopId,
              total,
              items: lines.map(([productId, , quantity, unitPrice]) => ({
                itemId: randomUUID(),
                productId,
                variantId: productId,
                quantity,
                unitPrice,
              })),
            },
          ],
        },
        placedAt,
      ),
      reserved: event(
        STOCK_RESERVED,
        {
          reservationId: randomUUID(),
          reference: orderId,
          lines: lines.map(([productId, warehouseId, quantity]) => ({
            shopId,
            variantId: productId,
            allocations: [{ warehouseId, quantity }],
          })),
        },
        placedAt,
      ),
      paid: event(ORDER_PAID, { orderId, shopOrderIds: [shopOrderId] }, at(1)),
      shipped: status(SHOP_ORDER_SHIPPED, 'shipped', 60),
      delivered: status(SHOP_ORDER_DELIVERED, 'delivered', 120),
      expired: [
        event(ORDER_CANCELLED, { orderId, reason: EXPIRY_REASON }, at(15)),
        status(SHOP_ORDER_CANCELLED, 'cancelled', 15, EXPIRY_REASON),
      ],
      cancelledBySeller: status(SHOP_ORDER_CANCELLED, 'cancelled', 30, 'out_of_stock'),
      refunded: event(
        REFUND_SUCCEEDED,
        { refundId: randomUUID(), orderId, reference: shopOrderId, amount: total },
        at(31),
      ),
    };
  }

  // A: paid, shipped, delivered. B: expired unpaid. C: paid, cancelled by the seller, refunded.
  // D (next day): paid and shipped, both delivered before its order-placed.
  const a = order('2026-03-02T09:00:00.000Z', [
    [p1, w1, 2, 1000],
    [p2, w2, 1, 1000],
  ]);
  const b = order('2026-03-02T10:00:00.000Z', [[p1, w1, 1, 1000]]);
  const c = order('2026-03-02T11:00:00.000Z', [[p2, w2, 2, 1000]]);
  const d = order('2026-03-03T09:00:00.000Z', [[p3, w1, 5, 100]]);

  const expected = {
    shopId,
    orders: 4,
    paidOrders: 3,
    cancelledOrders: 1,
    expiredOrders: 1,
    grossSales: 5500,
    refunds: 2000,
    revenue: 3500,
    averageOrderValue: 1833,
    cancellationRate: 0.25,
    expiryRate: 0.25,
    days: [
      { date: '2026-03-02', orders: 3, paidOrders: 2, revenue: 3000 },
      { date: '2026-03-03', orders: 1, paidOrders: 1, revenue: 500 },
    ],
    products: [
      { productId: p3, units: 5 },
      { productId: p1, units: 2 },
      { productId: p2, units: 1 },
    ],
    warehouses: [
      { warehouseId: w1, units: 7 },
      { warehouseId: w2, units: 1 },
    ],
  };

  it('counts an event delivered twice once', async () => {
    await publishAndDeliver(event(SHOP_SAVED, { shopId, ownerId: owner }, '2026-03-01T00:00:00Z'));
    for (const o of [a, b, c]) {
      await publishAndDeliver(o.placed);
      await publishAndDeliver(o.reserved);
    }
    // The relay re-enqueued A's order-placed after a crash: the inbox drops the second delivery.
    expect(await deliver(a.placed)).toBe(false);
    for (const e of [a.paid, a.shipped, a.delivered, ...b.expired, c.paid]) {
      await publishAndDeliver(e);
    }
    await publishAndDeliver(c.cancelledBySeller);
    await publishAndDeliver(c.refunded);
    // Even past the inbox (a replay), the writes themselves are idempotent.
    const projector = context.module.get(AnalyticsProjector);
    await context.orm.em.fork().transactional(async (tx) => {
      await projector.apply(a.placed, tx as never);
      await projector.apply(c.refunded, tx as never);
    });

    const figures = await shopFigures();
    expect(figures).toMatchObject({ orders: 3, paidOrders: 2, grossSales: 5000, refunds: 2000 });
    expect(figures.products).toEqual([
      { productId: p1, units: 2 },
      { productId: p2, units: 1 },
    ]);
  });

  it('ends with the right figures when status events overtake their order-placed', async () => {
    // D's outbox order is the true one; only the delivery order differs.
    for (const e of [d.placed, d.reserved, d.paid, d.shipped]) await publish(e);

    // Delivered first, they fail and leave no inbox marker, so the queue's retry runs them again.
    await expect(deliver(d.paid)).rejects.toThrow(/not projected yet/);
    await expect(deliver(d.shipped)).rejects.toThrow(/not projected yet/);
    const [marker] = await context.sql.execute<{ n: number }[]>(
      'select count(*)::int as n from shared.processed_events where event_id in (?, ?)',
      [d.paid.id, d.shipped.id],
    );
    expect(marker.n).toBe(0);

    expect(await deliver(d.placed)).toBe(true);
    expect(await deliver(d.reserved)).toBe(true);
    // The retries, in the order BullMQ happens to run them.
    expect(await deliver(d.shipped)).toBe(true);
    expect(await deliver(d.paid)).toBe(true);

    expect(await shopFigures()).toMatchObject(expected);
    const [row] = await context.sql.execute<{ status: string }[]>(
      'select status from analytics.shop_orders where shop_order_id = ?',
      [d.shopOrderId],
    );
    expect(row.status).toBe('shipped');
  });

  it('rebuilds from the outbox to the same figures as the incremental path', async () => {
    const incremental = { shop: await shopFigures(), platform: await platformFigures() };
    expect(incremental.shop).toMatchObject(expected);
    expect(incremental.platform).toMatchObject({ gmv: 5500, refunds: 2000, orders: 4 });
    // Something the rebuild must discard: a fact no event in the outbox supports.
    await context.sql.execute(
      `insert into analytics.refunds (refund_id, order_id, reference, amount, refunded_at)
       values (?, ?, ?, 999, now())`,
      [randomUUID(), a.orderId, a.shopOrderId],
    );
    expect((await shopFigures()).refunds).toBe(2999);

    const { replayed } = await context.run<{ replayed: number }>(new RebuildAnalyticsCommand(3));
    const [outbox] = await context.sql.execute<{ n: number }[]>(
      'select count(*)::int as n from shared.outbox',
    );
    expect(replayed).toBe(outbox.n);
    expect(await shopFigures()).toEqual(incremental.shop);
    expect(await platformFigures()).toEqual(incremental.platform);
  });
});
