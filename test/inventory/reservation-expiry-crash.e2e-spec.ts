import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  ReleaseReservationCommand,
  RESERVATION_EXPIRY_QUEUE,
  RESERVATION_SWEEPER_QUEUE,
  ReserveStockCommand,
} from '@pasar/inventory';
import { eventually, startWorker } from '../support/worker';
import { signUp, startTestApi, TestApi } from '../support/test-api';
import { createVariants, openShop, openWarehouse, receive } from './inventory-fixtures';

/** How often the sweeper runs (and the worker checks its schedule is still in Redis). */
const SWEEP_INTERVAL_MS = 1000;
/**
 * How long the sweep may take to expire everything once Redis lost its keys. Generous: it
 * catches a sweeper that never comes back, not a slow one (alone the sweep takes about 4 s; on a
 * CI machine busy with other suites it once took more than 15).
 */
const SWEEP_DEADLINE_MS = 60_000;
jest.setTimeout(SWEEP_DEADLINE_MS + 60_000);
const RESERVATIONS = 20;

interface Held {
  reservationId: string;
  reference: string;
  expiresAt: Date;
}

/**
 * Expiry survives the worker and Redis: reservations due while no worker runs expire once a
 * worker is back, and reservations whose delayed jobs Redis lost are expired by the sweeper from
 * Postgres. Either way each expires exactly once.
 */
describe('reservation expiry across a worker crash and a Redis flush', () => {
  let api: TestApi;
  let sql: EntityManager;
  let queue: Queue;
  let worker: INestApplicationContext | undefined;
  let shopId: string;
  let variantId: string;

  beforeAll(async () => {
    api = await startTestApi({ RESERVATION_SWEEP_INTERVAL_MS: String(SWEEP_INTERVAL_MS) });
    sql = api.app.get(MikroORM).em.fork() as EntityManager;
    queue = api.app.get<Queue>(getQueueToken(RESERVATION_EXPIRY_QUEUE), { strict: false });
    const admin = await signUp(api, 'admin');
    const seller = await signUp(api, 'seller');
    shopId = await openShop(api, seller);
    [variantId] = await createVariants(api, admin, seller, 1);
    // 2 × RESERVATIONS units over two warehouses; reservations of 2 units each, so the last ones
    // split across both (several allocations per reservation).
    const main = await openWarehouse(api, seller, shopId, { name: 'Main', priority: 0 });
    const spare = await openWarehouse(api, seller, shopId, { name: 'Spare', priority: 1 });
    await receive(api, seller, shopId, main.id, variantId, 2 * RESERVATIONS - 1);
    await receive(api, seller, shopId, spare.id, variantId, 2 * RESERVATIONS + 1);
  });

  afterEach(async () => {
    await worker?.close();
    worker = undefined;
  });
  afterAll(() => api.close());

  /** Reserves 2 units RESERVATIONS times, the deadlines spread over one second from `ttlMs`. */
  async function reserveMany(ttlMs: number): Promise<Held[]> {
    const held: Held[] = [];
    for (let i = 0; i < RESERVATIONS; i++) {
      const reference = randomUUID();
      const expiresAt = new Date(Date.now() + ttlMs + (i * 1000) / RESERVATIONS);
      const { reservationId } = await api.command<{ reservationId: string }>(
        new ReserveStockCommand({
          reference,
          expiresAt,
          lines: [{ shopId, variantId, quantity: 2 }],
        }),
      );
      held.push({ reservationId, reference, expiresAt });
    }
    return held;
  }

  /** Reservation id → status. */
  const statuses = async (held: Held[]) =>
    new Map(
      (
        await sql.execute<{ id: string; status: string }[]>(
          `select id, status from inventory.stock_reservations where id in (${held.map(() => '?').join(',')})`,
          held.map((h) => h.reservationId),
        )
      ).map((row) => [row.id, row.status]),
    );
  const allExpired = async (held: Held[]) =>
    expect(new Set((await statuses(held)).values())).toEqual(new Set(['expired']));

  const waitForJobs = (held: Held[]) =>
    eventually(async () => {
      for (const { reservationId } of held) expect(await queue.getJob(reservationId)).toBeDefined();
    });

  /** Each reservation expired once: one release row per allocation, one expired event, stock back. */
  async function expectExpiredExactlyOnce(held: Held[]) {
    const ids = held.map((h) => h.reservationId);
    const placeholders = ids.map(() => '?').join(',');
    const perReservation = await sql.execute<
      { status: string; allocations: number; releases: number; released: number; events: number }[]
    >(
      `select r.status,
              (select count(*)::int from inventory.reservation_allocations a
                where a.reservation_id = r.id) as allocations,
              (select count(*)::int from inventory.stock_movements m
                where m.reference = r.reference and m.kind = 'release') as releases,
              (select coalesce(-sum(m.reserved_delta), 0)::int from inventory.stock_movements m
                where m.reference = r.reference and m.kind = 'release') as released,
              (select count(*)::int from shared.outbox o
                where o.type = 'inventory.reservation-expired'
                  and o.payload->>'reservationId' = r.id::text) as events
         from inventory.stock_reservations r where r.id in (${placeholders})`,
      ids,
    );
    expect(perReservation).toHaveLength(held.length);
    for (const row of perReservation) {
      expect(row.status).toBe('expired');
      expect(row.releases).toBe(row.allocations);
      expect(row.released).toBe(2);
      expect(row.events).toBe(1);
    }
    const levels = await sql.execute<
      { on_hand: number; reserved: number; ledger_on_hand: number; ledger_reserved: number }[]
    >(
      `select sl.on_hand, sl.reserved,
              (select coalesce(sum(m.on_hand_delta), 0)::int from inventory.stock_movements m
                where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_on_hand,
              (select coalesce(sum(m.reserved_delta), 0)::int from inventory.stock_movements m
                where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_reserved
         from inventory.stock_levels sl where sl.variant_id = ?`,
      [variantId],
    );
    for (const level of levels) {
      expect(level.reserved).toBe(0);
      expect(level.on_hand).toBe(level.ledger_on_hand);
      expect(level.reserved).toBe(level.ledger_reserved);
    }
  }

  it('shows the expiry queue with its delayed jobs to admins in Bull Board', async () => {
    worker = await startWorker(api);
    const held = await reserveMany(60_000);
    await waitForJobs(held);
    const admin = await signUp(api, 'admin');
    const res = await api.http().get('/admin/queues/api/queues').set(admin.auth).expect(200);
    const board = res.body.queues as { name: string; counts: Record<string, number> }[];
    expect(board.map((q) => q.name)).toEqual(
      expect.arrayContaining(['domain-events', RESERVATION_EXPIRY_QUEUE]),
    );
    const expiry = board.find((q) => q.name === RESERVATION_EXPIRY_QUEUE);
    // The reservations' jobs (and the sweeper's next run).
    expect(expiry?.counts.delayed).toBeGreaterThanOrEqual(RESERVATIONS);
    for (const { reservationId } of held) {
      await api.command(new ReleaseReservationCommand(reservationId));
    }
    await eventually(async () => {
      for (const { reservationId } of held)
        expect(await queue.getJob(reservationId)).toBeUndefined();
    });
  });

  it('expires every reservation exactly once when the worker was down at their deadlines', async () => {
    worker = await startWorker(api);
    const held = await reserveMany(2500);
    await waitForJobs(held);
    await worker.close();
    worker = undefined;

    const lastDeadline = Math.max(...held.map((h) => h.expiresAt.getTime()));
    await new Promise((resolve) => setTimeout(resolve, lastDeadline - Date.now() + 500));
    // Nothing expires them while no worker runs (any that expired before it stopped stay so);
    // the others' delayed jobs wait in Redis.
    const before = await statuses(held);
    const waiting = held.filter((h) => before.get(h.reservationId) === 'active');
    expect(waiting.length).toBeGreaterThan(0);
    expect([...before.values()].every((s) => s === 'active' || s === 'expired')).toBe(true);
    for (const { reservationId } of waiting) {
      expect(await queue.getJobState(reservationId)).toBe('delayed');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await statuses(held)).toEqual(before);

    worker = await startWorker(api);
    await eventually(() => allExpired(held));
    await expectExpiredExactlyOnce(held);
  });

  it('expires every overdue reservation from Postgres after Redis lost every key', async () => {
    worker = await startWorker(api);
    const held = await reserveMany(2500);
    await waitForJobs(held);

    await flushRedisPrefix(api);
    for (const { reservationId } of held) expect(await queue.getJob(reservationId)).toBeUndefined();

    await eventually(() => allExpired(held), SWEEP_DEADLINE_MS);
    await expectExpiredExactlyOnce(held);
    // The worker put the sweeper's lost schedule back.
    const sweeperQueue = api.app.get<Queue>(getQueueToken(RESERVATION_SWEEPER_QUEUE), {
      strict: false,
    });
    expect(await sweeperQueue.getJobScheduler('reservation-sweeper')).toMatchObject({
      every: SWEEP_INTERVAL_MS,
    });
  });
});

/** Deletes every Redis key of the test's prefix: queues, delayed jobs, the sweeper's scheduler. */
async function flushRedisPrefix(api: TestApi): Promise<void> {
  const redis = new Redis(api.config.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${api.config.redisPrefix}:*`,
        'COUNT',
        500,
      );
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
