import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { CommitReservationCommand } from '../src/application/commands/commit-reservation/commit-reservation.command';
import { ExpireDueReservationsCommand } from '../src/application/commands/expire-due-reservations/expire-due-reservations.command';
import { OpenWarehouseCommand } from '../src/application/commands/open-warehouse/open-warehouse.command';
import { ReceiveStockCommand } from '../src/application/commands/receive-stock/receive-stock.command';
import { ReleaseReservationCommand } from '../src/application/commands/release-reservation/release-reservation.command';
import { ReserveStockCommand } from '../src/application/commands/reserve-stock/reserve-stock.command';
import {
  EXPIRE_JOB,
  RESERVATION_EXPIRY_QUEUE,
  RESERVATION_SWEEPER_QUEUE,
  SWEEP_JOB,
  SWEEPER_SCHEDULER_ID,
} from '../src/infrastructure/jobs/reservation-expiry.queue';
import { ReservationSweepSchedule } from '../src/infrastructure/jobs/reservation-sweep.schedule';
import { ReservationSweeper } from '../src/infrastructure/jobs/reservation-sweeper';
import { address, eventually, expectConsistent, InventoryFixture } from './inventory-fixture';

const SWEEP_INTERVAL_MS = 3_600_000;

/**
 * The worker's side of reservations: delayed expiry jobs, their removal, the processor and the
 * sweeper, with the real relay and queue on the test's Redis prefix. The scheduled sweep runs
 * hourly here (once at start, before any reservation), so every expiry below is a job's doing
 * unless a test runs the sweeper itself.
 */
describe('reservation expiry jobs (Postgres + Redis)', () => {
  const fx = new InventoryFixture();
  const seller = fx.seller();
  let queue: Queue;

  beforeAll(async () => {
    await fx.start({
      jobs: true,
      env: { RESERVATION_SWEEP_INTERVAL_MS: String(SWEEP_INTERVAL_MS) },
    });
    queue = fx.get<Queue>(getQueueToken(RESERVATION_EXPIRY_QUEUE));
  });
  afterAll(() => fx.stop());

  /** A shop whose variant sits in two warehouses (2 units by priority, then 3). */
  async function shopWithStock() {
    const shopId = fx.shopOf(seller);
    const variantId = fx.variant();
    for (const [priority, quantity] of [
      [0, 2],
      [1, 3],
    ]) {
      const { warehouseId } = await fx.run<{ warehouseId: string }>(
        new OpenWarehouseCommand(seller, shopId, `W${priority}`, address, priority),
      );
      await fx.run(new ReceiveStockCommand(seller, shopId, warehouseId, variantId, quantity));
    }
    return { shopId, variantId };
  }

  /** Reserves `quantity` (4 spans both warehouses: two allocations) until `ttlMs` from now. */
  async function reserve(
    stock: { shopId: string; variantId: string },
    ttlMs: number,
    quantity = 4,
  ) {
    const expiresAt = new Date(Date.now() + ttlMs);
    const { reservationId } = await fx.run<{ reservationId: string }>(
      new ReserveStockCommand({
        reference: `order-${Math.random().toString(36).slice(2)}`,
        expiresAt,
        lines: [{ ...stock, quantity }],
      }),
    );
    return { reservationId, expiresAt };
  }

  const reservation = async (id: string) => {
    const [row] = await fx.sql.execute<{ status: string; updated_at: string }[]>(
      'select status, updated_at from inventory.stock_reservations where id = ?',
      [id],
    );
    return { status: row.status, updatedAt: new Date(row.updated_at) };
  };

  /** Ledger rows of one kind written for a reservation (by its reference). */
  const ledgerRows = async (id: string, kind: string) =>
    fx.sql.execute<{ warehouse_id: string; reserved_delta: number }[]>(
      `select m.warehouse_id, m.reserved_delta from inventory.stock_movements m
         join inventory.stock_reservations r on r.reference = m.reference
        where r.id = ? and m.kind = ? order by m.warehouse_id`,
      [id, kind],
    );

  const expiredEvents = async (id: string) =>
    (await fx.events('inventory.reservation-expired')).filter((e) => e.reservationId === id);

  const scheduledJob = (id: string) =>
    eventually(async () => {
      const job = await queue.getJob(id);
      expect(job).toBeDefined();
      return job!;
    });

  it('schedules one delayed job per reservation, named by it and due at its deadline', async () => {
    const stock = await shopWithStock();
    const { reservationId, expiresAt } = await reserve(stock, 60_000);

    const job = await scheduledJob(reservationId);
    expect(job.name).toBe(EXPIRE_JOB);
    expect(job.data).toEqual({ reservationId });
    expect(await job.getState()).toBe('delayed');
    expect(Math.abs(job.timestamp + job.delay - expiresAt.getTime())).toBeLessThan(100);
    expect(job.delay).toBeGreaterThan(55_000);
  });

  it('expires a reservation at its deadline: its stock back, one release row per allocation', async () => {
    const stock = await shopWithStock();
    const { reservationId, expiresAt } = await reserve(stock, 1500);
    await scheduledJob(reservationId);
    expect((await reservation(reservationId)).status).toBe('active');

    await eventually(async () => expect((await reservation(reservationId)).status).toBe('expired'));
    const row = await reservation(reservationId);
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime());

    expect(await ledgerRows(reservationId, 'release')).toHaveLength(2);
    const levels = await fx.levels(stock.variantId);
    expectConsistent(levels);
    expect(levels.map((l) => l.reserved)).toEqual([0, 0]);
    expect(await expiredEvents(reservationId)).toHaveLength(1);
    const job = await eventually(async () => {
      const done = await queue.getJob(reservationId);
      expect(await done?.getState()).toBe('completed');
      return done!;
    });
    expect(job.returnvalue).toEqual({ outcome: 'expired' });
  });

  it('releases once when several jobs fire for the same reservation at once', async () => {
    const stock = await shopWithStock();
    const { reservationId, expiresAt } = await reserve(stock, 1500);
    await scheduledJob(reservationId);
    const duplicates = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        queue.add(
          EXPIRE_JOB,
          { reservationId },
          { jobId: `again-${n}-${reservationId}`, delay: expiresAt.getTime() - Date.now() },
        ),
      ),
    );

    await eventually(async () => {
      for (const job of [reservationId, ...duplicates.map((d) => d.id!)]) {
        expect(await queue.getJobState(job)).toBe('completed');
      }
    });
    expect((await reservation(reservationId)).status).toBe('expired');
    expect(await ledgerRows(reservationId, 'release')).toHaveLength(2);
    expect(await expiredEvents(reservationId)).toHaveLength(1);
    const levels = await fx.levels(stock.variantId);
    expectConsistent(levels);
    expect(levels.reduce((sum, l) => sum + l.reserved, 0)).toBe(0);
  });

  it('drops the job when the reservation is committed, and a stray job then changes nothing', async () => {
    const stock = await shopWithStock();
    const { reservationId } = await reserve(stock, 60_000);
    await scheduledJob(reservationId);

    await fx.run(new CommitReservationCommand(reservationId));
    await eventually(async () => expect(await queue.getJob(reservationId)).toBeUndefined());

    const stray = await queue.add(
      EXPIRE_JOB,
      { reservationId },
      { jobId: `stray-${reservationId}` },
    );
    const done = await eventually(async () => {
      const job = await queue.getJob(stray.id!);
      expect(await job?.getState()).toBe('completed');
      return job!;
    });
    expect(done.returnvalue).toEqual({ outcome: 'settled', status: 'committed' });
    expect(done.attemptsMade).toBe(1);
    expect((await reservation(reservationId)).status).toBe('committed');
    expect(await ledgerRows(reservationId, 'release')).toEqual([]);
    expect(await ledgerRows(reservationId, 'sale')).toHaveLength(2);
    expectConsistent(await fx.levels(stock.variantId));
  });

  it('drops the job when the reservation is released', async () => {
    const stock = await shopWithStock();
    const { reservationId } = await reserve(stock, 60_000);
    await scheduledJob(reservationId);

    await fx.run(new ReleaseReservationCommand(reservationId));
    await eventually(async () => expect(await queue.getJob(reservationId)).toBeUndefined());
    expect(await ledgerRows(reservationId, 'release')).toHaveLength(2);
  });

  it('puts a job that fires before the deadline back until the deadline', async () => {
    const stock = await shopWithStock();
    const { reservationId, expiresAt } = await reserve(stock, 2000);
    await scheduledJob(reservationId);
    await queue.remove(reservationId);

    const early = await queue.add(
      EXPIRE_JOB,
      { reservationId },
      { jobId: `early-${reservationId}` },
    );
    await eventually(async () => {
      const job = await queue.getJob(early.id!);
      expect(job?.attemptsStarted).toBeGreaterThanOrEqual(1);
      expect(await job?.getState()).toBe('delayed');
    });
    expect((await reservation(reservationId)).status).toBe('active');

    await eventually(async () => expect(await queue.getJobState(early.id!)).toBe('completed'));
    const row = await reservation(reservationId);
    expect(row.status).toBe('expired');
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(expiresAt.getTime());
    expect(await ledgerRows(reservationId, 'release')).toHaveLength(2);
  });

  it('sweeps overdue reservations whose jobs were lost, exactly once, and leaves the rest', async () => {
    const stock = await shopWithStock();
    const overdue = [];
    for (let i = 0; i < 4; i++) overdue.push(await reserve(stock, 2500, 1));
    const later = await reserve(stock, 60_000, 1);
    for (const { reservationId } of [...overdue, later]) {
      await scheduledJob(reservationId);
      expect(await queue.remove(reservationId)).toBe(1);
    }
    const lastDeadline = Math.max(...overdue.map((r) => r.expiresAt.getTime()));
    await new Promise((resolve) => setTimeout(resolve, lastDeadline - Date.now() + 200));
    for (const { reservationId } of overdue) {
      expect((await reservation(reservationId)).status).toBe('active');
    }

    const sweeper = fx.get(ReservationSweeper);
    const [first, joined] = await Promise.all([sweeper.sweep(), sweeper.sweep()]);
    expect(first).toEqual({ expired: 4 });
    expect(joined).toBe(first);
    expect(await sweeper.sweep()).toEqual({ expired: 0 });

    for (const { reservationId } of overdue) {
      expect((await reservation(reservationId)).status).toBe('expired');
      expect(await ledgerRows(reservationId, 'release')).toHaveLength(1);
      expect(await expiredEvents(reservationId)).toHaveLength(1);
    }
    expect((await reservation(later.reservationId)).status).toBe('active');
    const levels = await fx.levels(stock.variantId);
    expectConsistent(levels);
    expect(levels.reduce((sum, l) => sum + l.reserved, 0)).toBe(1);
  });

  it('expires due reservations in batches that race payments safely: each ends exactly once', async () => {
    const shopId = fx.shopOf(seller);
    const variantId = fx.variant();
    const { warehouseId } = await fx.run<{ warehouseId: string }>(
      new OpenWarehouseCommand(seller, shopId, 'Batch', address, 0),
    );
    await fx.run(new ReceiveStockCommand(seller, shopId, warehouseId, variantId, 20));
    const due = [];
    for (let i = 0; i < 20; i++) due.push(await reserve({ shopId, variantId }, 1500, 1));
    for (const { reservationId } of due) {
      await scheduledJob(reservationId);
      await queue.remove(reservationId);
    }
    const lastDeadline = Math.max(...due.map((r) => r.expiresAt.getTime()));
    await new Promise((resolve) => setTimeout(resolve, lastDeadline - Date.now() + 100));

    // Three batches and ten payments at once, over the same twenty reservations.
    const paid = due.slice(0, 10).map((r) => r.reservationId);
    const outcomes = await Promise.allSettled([
      ...[0, 1, 2].map(() => fx.run<number>(new ExpireDueReservationsCommand(7))),
      ...paid.map((id) => fx.run(new CommitReservationCommand(id))),
    ]);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    for (const failure of refused) {
      expect((failure as PromiseRejectedResult).reason.code).toBe(
        'INVENTORY.RESERVATION_NOT_ACTIVE',
      );
    }
    // Whatever a busy batch skipped, the next one gets.
    await fx.run(new ExpireDueReservationsCommand(50));

    let committed = 0;
    for (const { reservationId } of due) {
      const { status } = await reservation(reservationId);
      expect(['committed', 'expired']).toContain(status);
      const sales = await ledgerRows(reservationId, 'sale');
      const releases = await ledgerRows(reservationId, 'release');
      expect([sales.length, releases.length]).toEqual(status === 'committed' ? [1, 0] : [0, 1]);
      if (status === 'committed') committed++;
    }
    expect(committed).toBe(paid.length - refused.length);
    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels).toEqual([expect.objectContaining({ on_hand: 20 - committed, reserved: 0 })]);
  });

  it('keeps the sweeper on a job scheduler of its own queue at the configured interval, re-created if lost', async () => {
    const queue = fx.get<Queue>(getQueueToken(RESERVATION_SWEEPER_QUEUE));
    const scheduler = await queue.getJobScheduler(SWEEPER_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: SWEEP_JOB, every: SWEEP_INTERVAL_MS });

    expect(await queue.removeJobScheduler(SWEEPER_SCHEDULER_ID)).toBe(true);
    expect(await queue.getJobScheduler(SWEEPER_SCHEDULER_ID)).toBeUndefined();
    await fx.get(ReservationSweepSchedule).ensure();
    expect(await queue.getJobScheduler(SWEEPER_SCHEDULER_ID)).toMatchObject({
      name: SWEEP_JOB,
      every: SWEEP_INTERVAL_MS,
    });
  });
});
