/**
 * `expiry-lag`: how late reservations expire when many fall due at once.
 *
 * Against the seeded bench database, with the worker running (started here: the harness runs
 * only the API), it creates 10,000 one-unit reservations whose deadlines are spread evenly over
 * a short window that opens `leadSeconds` after the first is made, waits until they have all
 * left `active` (or a timeout), and reports the lag of each expiry (updated_at − expires_at of the
 * reservations that reached `expired`) as p50/p95/p99/max, with how many expired. It reports
 * timings and asserts none; `problem` is set only if a rule broke (a reservation never expired,
 * expired early, or released its stock other than exactly once).
 *
 * The reservations are made through ReserveStockCommand, the path checkout takes (stock locks,
 * conditional update, ledger row, reservation and its outbox events), from a Nest context in
 * this process, 16 at a time over the seed's ~9,000 stocked (shop, variant) pairs; that takes
 * some seconds, so no hand-written SQL is needed. The worker then does what it does in
 * production: relays the stock-reserved events, schedules a delayed job per reservation, and
 * the processor (or the sweeper, for anything a job missed) expires them.
 */
import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { getQueueToken } from '@nestjs/bullmq';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { InventoryModule, ReserveStockCommand } from '@pasar/inventory';
import { DomainEventsQueueModule, KernelModule, loadConfig, NODE_FLAGS } from '@pasar/shared';
import type { FlowOutcome } from './checkout-flows';
import type { PasarEnv } from './pasar-process';

const WORKER_MAIN = join(__dirname, '..', 'apps', 'worker', 'src', 'main.js');
const WORKER_READY_LINE = 'Pasar worker running';
const WORKER_READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 10_000;
/** Reservations made at once (each a transaction of its own). */
const CREATE_PARALLEL = 16;
/** A reservation made closer to its deadline than this would not measure expiry alone. */
const MIN_HOLD_MS = 5_000;

export interface ExpiryLagOptions {
  /** How many reservations (default 10,000). */
  reservations: number;
  /**
   * Seconds from the first reservation to the first deadline (default 120): enough to make
   * 10,000 at 85/s or more. Making them must finish before the window opens (else it stops).
   */
  leadSeconds: number;
  /** The deadlines are spread evenly over this many seconds (default 10). */
  windowSeconds: number;
  /** After the last deadline, give up waiting for expiries after this many seconds (default 120). */
  settleSeconds: number;
  /** Longest wait for the worker to relay what was in the outbox before (default 300 s). */
  backlogSeconds: number;
}

interface Stocked {
  shop_id: string;
  variant_id: string;
}

interface LagRow {
  expired: number;
  active: number;
  other: number;
  early: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
}

export async function expiryLag(
  pasar: PasarEnv,
  options: Partial<ExpiryLagOptions> = {},
): Promise<FlowOutcome> {
  const settings: ExpiryLagOptions = {
    reservations: 10_000,
    leadSeconds: 120,
    windowSeconds: 10,
    settleSeconds: 120,
    backlogSeconds: 300,
    ...options,
  };
  const worker = await WorkerProcess.start(pasar.env);
  const app = await reservingContext(pasar.env);
  try {
    const sql = app.get(MikroORM).em.fork() as EntityManager;
    const backlogStarted = Date.now();
    await waitForRelayedBacklog(app, sql, settings.backlogSeconds);
    const backlogSeconds = (Date.now() - backlogStarted) / 1000;

    const stocked = await sql.execute<Stocked[]>(
      `select sl.shop_id, sl.variant_id from inventory.stock_levels sl
         join inventory.warehouses w on w.id = sl.warehouse_id and w.active
        group by sl.shop_id, sl.variant_id having sum(sl.on_hand - sl.reserved) >= 5
        order by sl.shop_id, sl.variant_id`,
    );
    if (stocked.length === 0) throw new Error('expiry-lag: no stocked variant in the database');

    const createdAt = Date.now();
    const firstDeadline = createdAt + settings.leadSeconds * 1000;
    const ids = await createReservations(app, stocked, settings, firstDeadline);
    const createSeconds = (Date.now() - createdAt) / 1000;

    const lastDeadline = firstDeadline + settings.windowSeconds * 1000;
    const giveUpAt = lastDeadline + settings.settleSeconds * 1000;
    while ((await stillActive(sql, ids)) > 0 && Date.now() < giveUpAt) {
      await sleep(1000);
    }
    const lag = await lagOf(sql, ids);
    const scheduling = await schedulingOf(sql, ids);
    const ledger = await releasesPerAllocation(sql, ids);

    const problems = [
      lag.active > 0
        ? `${lag.active} reservation(s) still active ${settings.settleSeconds} s after the last deadline`
        : '',
      lag.other > 0 ? `${lag.other} reservation(s) ended otherwise than expired` : '',
      lag.early > 0 ? `${lag.early} reservation(s) expired before their deadline` : '',
      ledger.mismatched > 0
        ? `${ledger.mismatched} reservation(s) without exactly one release row per allocation`
        : '',
    ].filter(Boolean);
    return {
      name: 'expiry-lag',
      description:
        `${settings.reservations} reservations due over ${settings.windowSeconds} s, ` +
        `${settings.leadSeconds} s after the first was made; lag = updated_at − expires_at`,
      figures: {
        reservations: ids.length,
        'created/s': round(ids.length / createSeconds),
        'create s': round(createSeconds),
        'backlog relay s': round(backlogSeconds),
        expired: lag.expired,
        'still active': lag.active,
        'lag p50 ms': round(lag.p50),
        'lag p95 ms': round(lag.p95),
        'lag p99 ms': round(lag.p99),
        'lag max ms': round(lag.max),
        'jobs scheduled after their deadline': scheduling.late,
        'event → job p99 ms': round(scheduling.p99),
      },
      problem: problems.length > 0 ? problems.join('; ') : undefined,
    };
  } finally {
    await app.close();
    await worker.stop();
  }
}

@Module({})
class ExpiryBenchModule {}

/** Kernel + inventory in this process, to run ReserveStockCommand as checkout does. */
async function reservingContext(env: NodeJS.ProcessEnv): Promise<INestApplicationContext> {
  const config = loadConfig({ ...env, DATABASE_POOL_MAX: String(CREATE_PARALLEL + 4) });
  const module: DynamicModule = {
    module: ExpiryBenchModule,
    imports: [KernelModule.forRoot(config), InventoryModule, DomainEventsQueueModule],
  };
  const app = await NestFactory.createApplicationContext(module, { logger: ['error', 'warn'] });
  await app.init();
  return app;
}

/**
 * The seed left its events in the outbox; the worker relays and consumes them first. Waiting
 * for that keeps the backlog out of the measured lag (it is reported on its own).
 */
async function waitForRelayedBacklog(
  app: INestApplicationContext,
  sql: EntityManager,
  timeoutSeconds: number,
): Promise<void> {
  const events = app.get<Queue>(getQueueToken('domain-events'));
  const deadline = Date.now() + timeoutSeconds * 1000;
  for (;;) {
    const [{ unpublished }] = await sql.execute<{ unpublished: number }[]>(
      'select count(*)::int as unpublished from shared.outbox where published_at is null',
    );
    const counts = await events.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const queued = Object.values(counts).reduce((sum, n) => sum + n, 0);
    if (unpublished === 0 && queued === 0) return;
    if (Date.now() > deadline) {
      throw new Error(
        `expiry-lag: the worker still had ${unpublished} unrelayed and ${queued} queued events ` +
          `after ${timeoutSeconds} s`,
      );
    }
    await sleep(1000);
  }
}

/** One unit each, round-robin over the stocked pairs; deadlines in creation order. */
async function createReservations(
  app: INestApplicationContext,
  stocked: Stocked[],
  settings: ExpiryLagOptions,
  firstDeadline: number,
): Promise<string[]> {
  const orm = app.get(MikroORM);
  const commands = app.get(CommandBus);
  const run = Date.now().toString(36);
  const ids: string[] = new Array(settings.reservations);
  const spacing = (settings.windowSeconds * 1000) / settings.reservations;
  let next = 0;
  const lanes = Array.from({ length: CREATE_PARALLEL }, async () => {
    while (next < settings.reservations) {
      const i = next++;
      const expiresAt = new Date(firstDeadline + i * spacing);
      if (expiresAt.getTime() - Date.now() < MIN_HOLD_MS) {
        throw new Error(
          `expiry-lag: only ${i} of ${settings.reservations} reservations were made before the ` +
            `deadlines came near; give it a longer leadSeconds (was ${settings.leadSeconds})`,
        );
      }
      const { shop_id: shopId, variant_id: variantId } = stocked[i % stocked.length];
      const { reservationId } = await RequestContext.create(orm.em, () =>
        commands.execute(
          new ReserveStockCommand({
            reference: `bench-expiry-${run}-${i}`,
            expiresAt,
            lines: [{ shopId, variantId, quantity: 1 }],
          }),
        ),
      );
      ids[i] = reservationId;
    }
  });
  await Promise.all(lanes);
  return ids;
}

async function stillActive(sql: EntityManager, ids: string[]): Promise<number> {
  const [{ active }] = await sql.execute<{ active: number }[]>(
    `select count(*)::int as active from inventory.stock_reservations
      where id = any(?::uuid[]) and status = 'active'`,
    [toArray(ids)],
  );
  return active;
}

async function lagOf(sql: EntityManager, ids: string[]): Promise<LagRow> {
  const [row] = await sql.execute<LagRow[]>(
    `with r as (
       select status, (extract(epoch from updated_at - expires_at) * 1000)::float8 as lag_ms
         from inventory.stock_reservations where id = any(?::uuid[]))
     select count(*) filter (where status = 'expired')::int as expired,
            count(*) filter (where status = 'active')::int as active,
            count(*) filter (where status not in ('expired', 'active'))::int as other,
            count(*) filter (where status = 'expired' and lag_ms < 0)::int as early,
            percentile_cont(0.5) within group (order by lag_ms) filter (where status = 'expired') as p50,
            percentile_cont(0.95) within group (order by lag_ms) filter (where status = 'expired') as p95,
            percentile_cont(0.99) within group (order by lag_ms) filter (where status = 'expired') as p99,
            max(lag_ms) filter (where status = 'expired') as max
       from r`,
    [toArray(ids)],
  );
  return row;
}

/**
 * When the worker scheduled each reservation's job (its inbox row for the stock-reserved
 * event): how many after the deadline had passed, and the p99 from event to job.
 */
async function schedulingOf(
  sql: EntityManager,
  ids: string[],
): Promise<{ late: number; p99: number | null }> {
  const [row] = await sql.execute<{ late: number; p99: number | null }[]>(
    `select count(*) filter (where p.processed_at > (o.payload->>'expiresAt')::timestamptz)::int as late,
            percentile_cont(0.99) within group (
              order by (extract(epoch from p.processed_at - o.occurred_at) * 1000)::float8) as p99
       from shared.outbox o
       join shared.processed_events p
         on p.event_id = o.id and p.consumer = 'ScheduleReservationExpiryConsumer'
      where o.type = 'inventory.stock-reserved' and o.aggregate_id = any(?::text[])`,
    [toArray(ids)],
  );
  return row;
}

/** Reservations whose release rows are not exactly one per allocation. */
async function releasesPerAllocation(
  sql: EntityManager,
  ids: string[],
): Promise<{ mismatched: number }> {
  const [row] = await sql.execute<{ mismatched: number }[]>(
    `select count(*)::int as mismatched from inventory.stock_reservations r
      where r.id = any(?::uuid[]) and r.status = 'expired'
        and (select count(*) from inventory.reservation_allocations a where a.reservation_id = r.id)
         <> (select count(*) from inventory.stock_movements m
              where m.reference = r.reference and m.kind = 'release')`,
    [toArray(ids)],
  );
  return row;
}

/** The compiled worker (dist/apps/worker/src/main.js) in a child process of its own. */
class WorkerProcess {
  private exited = false;

  private constructor(private readonly child: ChildProcess) {
    child.on('exit', () => (this.exited = true));
  }

  static async start(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
    const child = spawn(process.execPath, [...NODE_FLAGS, WORKER_MAIN], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const worker = new WorkerProcess(child);
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`the worker was not ready within ${WORKER_READY_TIMEOUT_MS / 1000} s`)),
        WORKER_READY_TIMEOUT_MS,
      );
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`the worker exited during start-up (${signal ?? `exit code ${code}`})`));
      });
      child.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(WORKER_READY_LINE)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        process.stderr.write(`${chunk.toString().trimEnd().replace(/^/gm, '[worker] ')}\n`);
      });
    }
    try {
      await ready;
    } catch (error) {
      await worker.stop();
      throw error;
    }
    return worker;
  }

  /** SIGTERM, then SIGKILL if it has not exited after a grace period. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exit = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await exit;
    clearTimeout(timer);
  }
}

/** A Postgres array literal for `= any(?::…[])`. */
const toArray = (values: string[]) => `{${values.join(',')}}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (value: number | null) => (value === null ? '-' : Math.round(value * 10) / 10);
