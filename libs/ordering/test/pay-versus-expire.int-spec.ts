import { randomUUID } from 'node:crypto';
import { ExpireReservationCommand, ReservationNotActiveError } from '@pasar/inventory';
import { RequestRefundCommand } from '@pasar/payments';
import { ExpireOrderCommand } from '../src/application/commands/expire-order/expire-order.command';
import { MarkOrderPaidCommand } from '../src/application/commands/mark-order-paid/mark-order-paid.command';
import { OrderingFixture, received } from './ordering-fixture';

const RACES = 24;

describe('payment versus expiry (Postgres)', () => {
  const fx = new OrderingFixture();

  beforeAll(() => fx.start({ RESERVATION_TTL_SECONDS: '1' }));
  afterAll(() => fx.stop());

  /** Places `n` one-unit orders and waits until every one of them is past its payment window. */
  async function expiredOrders(variant: { shopId: string; variantId: string }, n: number) {
    const orders: { orderId: string; total: number; reservationId: string }[] = [];
    for (let i = 0; i < n; i++) {
      const { body } = await fx.checkout(fx.buyerWithCart(variant));
      const [row] = await fx.sql.execute<{ reservation_id: string }[]>(
        'select reservation_id from ordering.orders where id = ?',
        [body.id],
      );
      orders.push({ orderId: body.id, total: body.total, reservationId: row.reservation_id });
    }
    const [{ latest }] = await fx.sql.execute<{ latest: Date }[]>(
      'select max(expires_at) as latest from ordering.orders where id in (?)',
      [orders.map((o) => o.orderId)],
    );
    await new Promise((resolve) =>
      setTimeout(resolve, new Date(latest).getTime() - Date.now() + 50),
    );
    return orders;
  }

  /** What inventory's expiry job and then ordering's consumer of its event do. */
  async function expire(order: { orderId: string; reservationId: string }) {
    try {
      await fx.run(new ExpireReservationCommand(order.reservationId));
    } catch (error) {
      if (!(error instanceof ReservationNotActiveError)) throw error;
    }
    await fx.run(new ExpireOrderCommand(order.orderId));
  }

  const pay = (order: { orderId: string; total: number }, paymentId: string) =>
    fx.run(new MarkOrderPaidCommand(order.orderId, paymentId, order.total));

  async function outcome(orderId: string) {
    const [row] = await fx.sql.execute<
      {
        statuses: string[];
        cancel_reason: string | null;
        payment_id: string | null;
        reservation: string;
      }[]
    >(
      `select array_agg(so.status order by so.id) as statuses, o.cancel_reason, o.payment_id,
              (select status from inventory.stock_reservations r where r.reference = o.id::text) as reservation
         from ordering.orders o join ordering.shop_orders so on so.order_id = o.id
        where o.id = ? group by o.id`,
      [orderId],
    );
    const refunds = received.filter(
      (c) => c instanceof RequestRefundCommand && c.orderId === orderId,
    ) as RequestRefundCommand[];
    return { ...row, refunds };
  }

  it('pays when the payment settles the reservation first; the expiry then changes nothing', async () => {
    const variant = await fx.shopWithStock(5);
    const [order] = await expiredOrders(variant, 1);
    await pay(order, randomUUID());
    await expire(order);
    expect(await outcome(order.orderId)).toMatchObject({
      statuses: ['paid'],
      payment_id: expect.any(String),
      cancel_reason: null,
      reservation: 'committed',
      refunds: [],
    });
    expect(await fx.stock(variant.variantId)).toMatchObject({ on_hand: 4, reserved: 0 });
  });

  it('cancels and refunds when the expiry settles the reservation first', async () => {
    const variant = await fx.shopWithStock(5);
    const [order] = await expiredOrders(variant, 1);
    await expire(order);
    await pay(order, randomUUID());
    const result = await outcome(order.orderId);
    expect(result).toMatchObject({
      statuses: ['cancelled'],
      cancel_reason: 'payment_timeout',
      payment_id: null,
      reservation: 'expired',
    });
    expect(result.refunds).toEqual([
      new RequestRefundCommand(order.orderId, order.orderId, order.total, 'payment_after_expiry'),
    ]);
    expect(await fx.stock(variant.variantId)).toMatchObject({ on_hand: 5, reserved: 0 });
  });

  it(`lets exactly one win when both fire at once (${RACES} races)`, async () => {
    const variant = await fx.shopWithStock(RACES);
    const orders = await expiredOrders(variant, RACES);

    await Promise.all(
      orders.map((order, i) => {
        const jitter = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
        return Promise.all([
          jitter(i % 3).then(() => pay(order, randomUUID())),
          jitter((i + 1) % 3).then(() => expire(order)),
        ]);
      }),
    );

    let paid = 0;
    for (const order of orders) {
      const result = await outcome(order.orderId);
      if (result.reservation === 'committed') {
        paid += 1;
        expect(result).toMatchObject({ statuses: ['paid'], cancel_reason: null, refunds: [] });
        expect(result.payment_id).not.toBeNull();
      } else {
        expect(result).toMatchObject({
          statuses: ['cancelled'],
          cancel_reason: 'payment_timeout',
          payment_id: null,
          reservation: 'expired',
        });
        expect(result.refunds.map((r) => [r.reference, r.amount, r.reason])).toEqual([
          [order.orderId, order.total, 'payment_after_expiry'],
        ]);
      }
    }
    const stock = await fx.stock(variant.variantId);
    expect(stock).toEqual({
      on_hand: RACES - paid,
      reserved: 0,
      ledger_on_hand: RACES - paid,
      ledger_reserved: 0,
    });
    const [{ paid_events, cancelled_events }] = await fx.sql.execute<
      { paid_events: number; cancelled_events: number }[]
    >(
      `select count(*) filter (where type = 'ordering.order-paid')::int as paid_events,
              count(*) filter (where type = 'ordering.order-cancelled')::int as cancelled_events
         from shared.outbox where aggregate_id in (?)`,
      [orders.map((o) => o.orderId)],
    );
    expect({ paid_events, cancelled_events }).toEqual({
      paid_events: paid,
      cancelled_events: RACES - paid,
    });
  }, 60_000);
});
