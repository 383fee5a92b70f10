import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import {
  REFUND_SWEEP_INTERVAL_MS,
  REFUND_SWEEPER_SCHEDULER_ID,
  REFUNDS_QUEUE,
  SWEEP_REFUNDS_JOB,
} from './refunds.queue';

/**
 * Keeps the refund sweeper's job scheduler in Redis: creates it at start and, since Redis may
 * lose it, checks every interval that it is still there. Every worker does; the upsert is idempotent.
 */
@Injectable()
export class RefundSweepSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RefundSweepSchedule.name);
  private timer?: NodeJS.Timeout;

  constructor(@InjectQueue(REFUNDS_QUEUE) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    this.timer = setInterval(() => {
      this.ensure().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not check the refund sweeper schedule'),
      );
    }, REFUND_SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async ensure(): Promise<void> {
    if (await this.queue.getJobScheduler(REFUND_SWEEPER_SCHEDULER_ID)) return;
    await this.queue.upsertJobScheduler(
      REFUND_SWEEPER_SCHEDULER_ID,
      { every: REFUND_SWEEP_INTERVAL_MS },
      {
        name: SWEEP_REFUNDS_JOB,
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
      },
    );
  }
}
