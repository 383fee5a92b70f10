import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@pasar/shared';
import {
  RESERVATION_EXPIRY_QUEUE,
  RESERVATION_SWEEPER_QUEUE,
  SWEEP_JOB,
  SWEEPER_SCHEDULER_ID,
} from './reservation-expiry.queue';

/**
 * Keeps the sweeper's job scheduler (every `ordering.sweepIntervalMs`) on the
 * `reservation-sweeper` queue in Redis: creates it at start and, since Redis may lose it (a restart without persistence, a flush), checks every
 * interval that it is still there with that interval. Every worker does; the upsert is idempotent.
 */
@Injectable()
export class ReservationSweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReservationSweepSchedule.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectQueue(RESERVATION_SWEEPER_QUEUE) private readonly queue: Queue,
    @InjectQueue(RESERVATION_EXPIRY_QUEUE) private readonly expiryQueue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Releases before the sweeper had its own queue scheduled it on the expiry queue, whose
    // processor no longer runs sweeps: drop that scheduler so it stops adding jobs there.
    await this.expiryQueue.removeJobScheduler(SWEEPER_SCHEDULER_ID);
    await this.ensure();
    this.timer = setInterval(() => {
      this.ensure().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not check the sweeper schedule'),
      );
    }, this.config.ordering.sweepIntervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Upserts the scheduler unless Redis holds it with the configured interval. */
  async ensure(): Promise<void> {
    const every = this.config.ordering.sweepIntervalMs;
    const current = await this.queue.getJobScheduler(SWEEPER_SCHEDULER_ID);
    if (current && Number(current.every) === every) return;
    await this.queue.upsertJobScheduler(
      SWEEPER_SCHEDULER_ID,
      { every },
      {
        name: SWEEP_JOB,
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
      },
    );
  }
}
