import { Injectable, Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReservationExpirer } from './reservation-expirer';

/** Overdue reservations read per query, and expired at once. */
const BATCH_SIZE = 200;
const PARALLEL = 8;

export interface SweepResult {
  /** Expired by this sweep, or found expired already. */
  expired: number;
  /** Settled (committed, released) or gone before the sweep reached them. */
  skipped: number;
  /** Could not be expired (logged); the next sweep tries again. */
  failed: number;
}

interface Overdue {
  id: string;
  expires_at: Date;
}

/**
 * Postgres is the truth: expires every reservation still active past its deadline, whether or
 * not its delayed job still exists in Redis. Walks the overdue ones in deadline order (the
 * partial index on active reservations) as of the sweep's start, so it always ends.
 */
@Injectable()
export class ReservationSweeper {
  private readonly logger = new Logger(ReservationSweeper.name);
  private running?: Promise<SweepResult>;

  constructor(
    private readonly orm: MikroORM,
    private readonly expirer: ReservationExpirer,
  ) {}

  /** One sweep; a call while this process is already sweeping joins that sweep. */
  sweep(): Promise<SweepResult> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<SweepResult> {
    const now = new Date();
    const result: SweepResult = { expired: 0, skipped: 0, failed: 0 };
    let after: Overdue | undefined;
    for (;;) {
      const batch = await this.overdue(now, after);
      await inParallel(batch, PARALLEL, async ({ id }) => {
        try {
          const { outcome } = await this.expirer.expire(id);
          result[outcome === 'expired' ? 'expired' : 'skipped']++;
        } catch (error) {
          result.failed++;
          this.logger.error({ err: error, reservationId: id }, 'sweeper could not expire');
        }
      });
      if (batch.length < BATCH_SIZE) break;
      after = batch[batch.length - 1];
    }
    if (result.expired + result.failed > 0) this.logger.log({ ...result }, 'swept reservations');
    return result;
  }

  /** The next overdue active reservations after `after`, by (expires_at, id). */
  private overdue(now: Date, after: Overdue | undefined): Promise<Overdue[]> {
    const em = this.orm.em.fork() as EntityManager;
    return em.execute<Overdue[]>(
      `select id, expires_at from inventory.stock_reservations
        where status = 'active' and expires_at <= ?
          and (expires_at, id) > (?::timestamptz, ?::uuid)
        order by expires_at, id limit ?`,
      [
        now,
        after?.expires_at ?? new Date(0),
        after?.id ?? '00000000-0000-0000-0000-000000000000',
        BATCH_SIZE,
      ],
    );
  }
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]);
  });
  await Promise.all(lanes);
}
