// Pasar as several replicas: two API instances and two workers on one Postgres and one Redis.
import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Socket } from 'socket.io-client';
import { LoginCommand, RegisterUserCommand } from '@pasar/identity';
import { RESERVATION_EXPIRY_QUEUE } from '@pasar/inventory';
import {
  ask,
  chatWorld,
  closeSockets,
  connect,
  MessageBody,
  next,
  record,
} from '../chat/chat-fixtures';
import { stockBooks } from '../checkout/checkout-world';
import {
  Buyer,
  buyerWithAddress,
  checkout,
  fillCart,
  Market,
  OrderBody,
  pay,
  sql,
  stockOf,
  twoShopMarket,
} from '../ordering/ordering-fixtures';
import { startReplica, startTestApi, TestApi } from '../support/test-api';
import { eventually, expectDrained, startWorker } from '../support/worker';

/** Four Nest applications and a migrated database take a while on a busy machine. */
const STARTUP_TIMEOUT_MS = 60_000;

interface Cluster {
  a: TestApi;
  b: TestApi;
  workers: INestApplicationContext[];
}

/** Two API replicas and two workers on one database and Redis prefix. */
async function startCluster(env: Record<string, string>, workers = 2): Promise<Cluster> {
  const a = await startTestApi(env);
  const cluster: Cluster = { a, b: a, workers: [] };
  try {
    cluster.b = await startReplica(a);
    for (let i = 0; i < workers; i++) cluster.workers.push(await startWorker(a));
    return cluster;
  } catch (error) {
    await stopCluster(cluster);
    throw error;
  }
}

async function stopCluster(cluster: Cluster | undefined): Promise<void> {
  if (!cluster) return;
  for (const worker of cluster.workers) await worker.close();
  if (cluster.b !== cluster.a) await cluster.b.close();
  await cluster.a.close();
}

interface TimelineEntryBody {
  shopOrderId: string | null;
  event: string;
  reason: string | null;
}

const timelineOf = async (api: TestApi, buyer: Buyer, orderId: string) =>
  (await api.http().get(`/orders/${orderId}/timeline`).set(buyer.auth).expect(200))
    .body as TimelineEntryBody[];

/** How many timeline entries of `event` each of the order's ShopOrders has. */
const transitionsPerShopOrder = (order: OrderBody, timeline: TimelineEntryBody[], event: string) =>
  order.shopOrders.map(
    (shopOrder) =>
      timeline.filter((e) => e.shopOrderId === shopOrder.id && e.event === event).length,
  );

describe('two API instances and two workers', () => {
  let cluster: Cluster;
  let market: Market;

  beforeAll(async () => {
    cluster = await startCluster({});
    market = await twoShopMarket(cluster.a);
  }, STARTUP_TIMEOUT_MS);
  afterEach(() => closeSockets());
  afterAll(() => stopCluster(cluster));

  it('checks out on one instance and pays on the other: the order is paid exactly once', async () => {
    const { a, b } = cluster;
    const buyer = await buyerWithAddress(a);
    await fillCart(a, buyer, [
      [market.a30, 2],
      [market.b20, 1],
    ]);
    const placed = (await checkout(a, buyer).expect(201)).body as OrderBody;
    const before = await Promise.all([market.a30, market.b20].map((s) => stockOf(a, s.variantId)));

    const intent = await b
      .http()
      .post(`/orders/${placed.id}/payment-intent`)
      .set(buyer.auth)
      .expect(201);
    await b
      .http()
      .post(`/payments/simulated/intents/${intent.body.providerIntentId}/succeed`)
      .set(buyer.auth)
      .expect(200);
    // The provider delivers the same success again, this time to the other replica.
    await a
      .http()
      .post(`/payments/simulated/intents/${intent.body.providerIntentId}/succeed`)
      .set(buyer.auth)
      .expect(200);

    const paid = await eventually(async () => {
      const res = await a.http().get(`/orders/${placed.id}`).set(buyer.auth).expect(200);
      expect(res.body.status).toBe('paid');
      return res.body as OrderBody;
    });
    expect(paid.shopOrders.map((s) => s.status)).toEqual(['paid', 'paid']);
    await eventually(() => expectDrained(a));

    expect(transitionsPerShopOrder(paid, await timelineOf(b, buyer, placed.id), 'paid')).toEqual([
      1, 1,
    ]);
    const payments = await sql(a).execute<{ status: string; amount: string }[]>(
      'select status, amount from payments.payments where order_id = ?',
      [placed.id],
    );
    expect(payments).toEqual([{ status: 'succeeded', amount: String(placed.total) }]);
    const [events] = await sql(a).execute<{ paid: number; succeeded: number }[]>(
      `select count(*) filter (where type = 'ordering.order-paid' and aggregate_id = ?)::int as paid,
              count(*) filter (where type = 'payments.payment-succeeded' and payload->>'orderId' = ?)::int as succeeded
         from shared.outbox`,
      [placed.id, placed.id],
    );
    expect(events).toEqual({ paid: 1, succeeded: 1 });
    // Sold once: on hand went down by the quantities, nothing is left reserved for the order.
    const after = await Promise.all([market.a30, market.b20].map((s) => stockOf(a, s.variantId)));
    expect(after).toEqual([
      { on_hand: before[0].on_hand - 2, reserved: before[0].reserved - 2 },
      { on_hand: before[1].on_hand - 1, reserved: before[1].reserved - 1 },
    ]);
    const [sold] = await sql(a).execute<{ units: number }[]>(
      `select coalesce(-sum(on_hand_delta), 0)::int as units from inventory.stock_movements
        where reference = ? and kind = 'sale'`,
      [placed.id],
    );
    expect(sold.units).toBe(3);
  });

  it('pays an order placed on either instance through the other', async () => {
    const { a, b } = cluster;
    for (const [placeOn, payOn] of [
      [b, a],
      [a, b],
    ]) {
      const buyer = await buyerWithAddress(placeOn);
      await fillCart(placeOn, buyer, [[market.a10, 1]]);
      const placed = (await checkout(placeOn, buyer).expect(201)).body as OrderBody;
      const paid = await pay(payOn, buyer, placed.id);
      expect(paid.status).toBe('paid');
    }
  });

  it('delivers chat between a buyer on one instance and a seller on the other, once', async () => {
    const { a, b } = cluster;
    const { room, buyer, seller } = await chatWorld(a);
    const buyerSocket = await connect(a, { token: buyer.accessToken });
    const sellerSocket = await connect(b, { token: seller.accessToken });
    expect((await ask(buyerSocket, 'room:join', { roomId: room.id })).ok).toBe(true);
    expect((await ask(sellerSocket, 'room:join', { roomId: room.id })).ok).toBe(true);

    const atSeller = record<MessageBody>(sellerSocket, 'message:new');
    const atBuyer = record<MessageBody>(buyerSocket, 'message:new');
    // A socket gets a room's messages in the order they were posted, and never its own: once the
    // second message of a side has arrived on the other side, a second copy of the first would
    // already be there too.
    const exchange = async (from: Socket, to: Socket, texts: string[]) => {
      const sent: MessageBody[] = [];
      for (const text of texts) {
        const ack = await ask<MessageBody>(from, 'message:send', {
          roomId: room.id,
          clientMessageId: randomUUID(),
          text,
        });
        if (!ack.ok) throw new Error(`send failed: ${ack.error.code}`);
        sent.push(ack.data);
      }
      await next<MessageBody>(to, 'message:new', (m) => m.id === sent.at(-1)!.id);
      return sent;
    };

    const fromBuyer = await exchange(buyerSocket, sellerSocket, ['Halo dari A', 'Masih ada?']);
    expect(fromBuyer.map((m) => m.senderId)).toEqual([buyer.id, buyer.id]);
    expect(atSeller).toEqual(fromBuyer);
    const fromSeller = await exchange(sellerSocket, buyerSocket, ['Halo dari B', 'Masih, kak']);
    expect(atBuyer).toEqual(fromSeller);
    expect(atSeller).toEqual(fromBuyer);

    const history = await b
      .http()
      .get(`/chat/rooms/${room.id}/messages`)
      .set(seller.auth)
      .expect(200);
    expect((history.body.items as MessageBody[]).map((m) => m.id).sort()).toEqual(
      [...fromBuyer, ...fromSeller].map((m) => m.id).sort(),
    );
  });
});

const ORDERS = 8;

describe('reservation expiry across two workers', () => {
  let cluster: Cluster;
  let market: Market;

  beforeAll(async () => {
    // Short enough that the orders fall due while the test waits, long enough to place them all.
    cluster = await startCluster({ RESERVATION_TTL_SECONDS: '3' });
    market = await twoShopMarket(cluster.a);
  }, STARTUP_TIMEOUT_MS);
  afterAll(() => stopCluster(cluster));

  it('expires every unpaid order exactly once, whichever worker fires its job', async () => {
    const { a, b } = cluster;
    const lines = [market.a30, market.b20];
    const before = await Promise.all(lines.map((s) => stockOf(a, s.variantId)));
    const buyers = await Promise.all([a, b].map((api) => buyerWithAddress(api)));
    const placed: { buyer: Buyer; order: OrderBody }[] = [];
    for (let i = 0; i < ORDERS; i++) {
      const api = i % 2 === 0 ? a : b;
      const buyer = buyers[i % 2];
      await fillCart(api, buyer, [
        [market.a30, 1 + (i % 3)],
        [market.b20, 1],
      ]);
      placed.push({ buyer, order: (await checkout(api, buyer).expect(201)).body as OrderBody });
    }

    const expiry = a.app.get<Queue>(getQueueToken(RESERVATION_EXPIRY_QUEUE), { strict: false });
    await eventually(async () => {
      const counts = await expiry.getJobCounts('waiting', 'active', 'delayed', 'failed');
      expect(counts).toEqual({ waiting: 0, active: 0, delayed: 0, failed: 0 });
      await expectDrained(a);
    }, 30_000);

    const ids = placed.map((p) => p.order.id);
    const reservations = await sql(a).execute<
      { reference: string; status: string; allocations: number; releases: number }[]
    >(
      `select r.reference, r.status,
              (select count(*)::int from inventory.reservation_allocations x where x.reservation_id = r.id) as allocations,
              (select count(*)::int from inventory.stock_movements m
                where m.reference = r.reference and m.kind = 'release') as releases
         from inventory.stock_reservations r where r.reference in (?)`,
      [ids],
    );
    expect(reservations).toHaveLength(ORDERS);
    for (const reservation of reservations) {
      expect(reservation.status).toBe('expired');
      expect(reservation.allocations).toBeGreaterThan(0);
      expect(reservation.releases).toBe(reservation.allocations);
    }

    for (const [index, { buyer, order }] of placed.entries()) {
      const api = index % 2 === 0 ? b : a;
      const current = (await api.http().get(`/orders/${order.id}`).set(buyer.auth).expect(200))
        .body as OrderBody;
      expect([current.status, current.cancelReason]).toEqual(['cancelled', 'payment_timeout']);
      const timeline = await timelineOf(api, buyer, order.id);
      expect(transitionsPerShopOrder(current, timeline, 'cancelled')).toEqual([1, 1]);
    }

    const events = await sql(a).execute<{ type: string; reference: string; n: number }[]>(
      `select type, payload->>'reference' as reference, count(*)::int as n from shared.outbox
        where type = 'inventory.reservation-expired' group by 1, 2
       union all
       select type, aggregate_id as reference, count(*)::int as n from shared.outbox
        where type = 'ordering.order-cancelled' group by 1, 2`,
    );
    const expectedEvents = ids.flatMap((id) => [
      { type: 'inventory.reservation-expired', reference: id, n: 1 },
      { type: 'ordering.order-cancelled', reference: id, n: 1 },
    ]);
    const byKey = (e: { type: string; reference: string }) => `${e.type}/${e.reference}`;
    expect(events.map(byKey).sort()).toEqual(expectedEvents.map(byKey).sort());
    expect(events.every((e) => e.n === 1)).toBe(true);

    // Each expiry event was handled once by each of its consumers, by one worker or the other.
    const markers = await sql(a).execute<{ consumer: string; handled: number; events: number }[]>(
      `select p.consumer, count(*)::int as handled, count(distinct p.event_id)::int as events
         from shared.processed_events p join shared.outbox o on o.id = p.event_id
        where o.type = 'inventory.reservation-expired' group by p.consumer`,
    );
    expect(markers).toContainEqual({
      consumer: 'ReservationExpiredConsumer',
      handled: ORDERS,
      events: ORDERS,
    });
    for (const marker of markers) expect(marker.handled).toBe(marker.events);

    // The stock is exactly as before: every reserved unit came back once.
    expect(await Promise.all(lines.map((s) => stockOf(a, s.variantId)))).toEqual(before);
    for (const sellable of lines) {
      for (const level of await stockBooks(a, sellable.variantId)) {
        expect([level.ledger_on_hand, level.ledger_reserved, level.held]).toEqual([
          level.on_hand,
          level.reserved,
          0,
        ]);
      }
    }
  }, 60_000);
});

const AUTH_LIMIT = 5;

describe('rate limits shared by the API instances', () => {
  let cluster: Cluster;

  beforeAll(async () => {
    cluster = await startCluster({ RATE_LIMIT_AUTH: String(AUTH_LIMIT) }, 0);
  });
  afterAll(() => stopCluster(cluster));

  it('counts login attempts on both instances against one limit', async () => {
    const { a, b } = cluster;
    const email = `shared-limit.${Date.now()}@example.com`;
    const password = 'correct horse battery';
    // Trusted code makes the account, so the limited routes are only hit below.
    await a.command(new RegisterUserCommand(email, password, 'Limited', 'buyer'));
    await a.command(new LoginCommand(email, password));

    for (let i = 0; i < AUTH_LIMIT; i++) {
      const api = i % 2 === 0 ? a : b;
      await api
        .http()
        .post('/auth/login')
        .send({ email, password: `guess ${i}` })
        .expect(401);
    }
    // Either replica has seen only part of the attempts, yet both refuse the next one.
    for (const api of [b, a]) {
      const blocked = await api.http().post('/auth/login').send({ email, password });
      expect(blocked.status).toBe(429);
      expect(blocked.body).toMatchObject({ statusCode: 429, code: 'REQUEST.RATE_LIMITED' });
    }
  });
});
