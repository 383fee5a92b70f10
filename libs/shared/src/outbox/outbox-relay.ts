import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { DOMAIN_EVENTS_QUEUE, EventEnvelope } from './event-envelope';

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/**
 * Moves committed outbox rows to the `domain-events` queue (job name = event type,
 * job id = event id) and marks them published. Rows are claimed with SKIP LOCKED, so several
 * workers can relay at once; a crash after enqueueing re-enqueues the same job id, which
 * BullMQ ignores while the job exists and consumers drop through their inbox.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly orm: MikroORM,
    @InjectQueue(DOMAIN_EVENTS_QUEUE) private readonly queue: Queue,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.run();
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Relays one batch; returns how many events it published. */
  async relayBatch(): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const rows = await tx.execute<OutboxRow[]>(
        `select id, type, aggregate_type, aggregate_id, payload, occurred_at
           from shared.outbox where published_at is null
          order by position limit ? for update skip locked`,
        [this.config.outbox.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.queue.addBulk(
        rows.map((row) => ({
          name: row.type,
          data: toEnvelope(row),
          opts: { jobId: row.id },
        })),
      );
      await tx.execute('update shared.outbox set published_at = now() where id in (?)', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        published = await this.relayBatch();
      } catch (error) {
        this.logger.error({ err: error }, 'outbox relay failed; retrying');
      }
      if (published < this.config.outbox.batchSize) await sleep(this.config.outbox.pollMs);
    }
  }
}

function toEnvelope(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    payload: row.payload,
  };
}
