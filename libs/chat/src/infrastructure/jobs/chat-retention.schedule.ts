import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig } from '@pasar/shared';
import {
  CHAT_RETENTION_QUEUE,
  RETENTION_JOB,
  RETENTION_SCHEDULER_ID,
} from './chat-retention.queue';

/**
 * Keeps the retention job's scheduler (every `chat.retentionSweepIntervalMs`) in Redis: creates
 * it at start and checks every interval that Redis still holds it (a restart without
 * persistence, a flush) with that interval. Every worker does; the upsert is idempotent.
 */
@Injectable()
export class ChatRetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ChatRetentionSchedule.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @InjectQueue(CHAT_RETENTION_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
    this.timer = setInterval(() => {
      this.ensure().catch((error: unknown) =>
        this.logger.warn({ err: error }, 'could not check the chat retention schedule'),
      );
    }, this.config.chat.retentionSweepIntervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Upserts the scheduler unless Redis holds it with the configured interval. */
  async ensure(): Promise<void> {
    const every = this.config.chat.retentionSweepIntervalMs;
    const current = await this.queue.getJobScheduler(RETENTION_SCHEDULER_ID);
    if (current && Number(current.every) === every) return;
    await this.queue.upsertJobScheduler(
      RETENTION_SCHEDULER_ID,
      { every },
      {
        name: RETENTION_JOB,
        opts: { removeOnComplete: { count: 100 }, removeOnFail: { count: 1000 } },
      },
    );
  }
}
