import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { FlowJob, FlowProducer, Queue } from 'bullmq';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig } from '../config/app-config';
import { PROJECTIONS_QUEUE } from './event-consumer';
import { DOMAIN_EVENTS_QUEUE, EventEnvelope } from './event-envelope';

/** The flow producer the relay adds each batch with: one Redis transaction over both queues. */
export const OUTBOX_RELAY_PRODUCER = 'outbox-relay';

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  traceparent: string | null;
}

/**
 * Moves committed outbox rows to the `domain-events` and `projections` queues (job name = event
 * type, job id = event id on both, added in one Redis transaction so neither queue misses an
 * event the other got) and marks them published. Rows are claimed with SKIP LOCKED, so several
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
    @InjectQueue(DOMAIN_EVENTS_QUEUE) private readonly domainEvents: Queue,
    @InjectQueue(PROJECTIONS_QUEUE) private readonly projections: Queue,
    @InjectFlowProducer(OUTBOX_RELAY_PRODUCER) private readonly producer: FlowProducer,
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
        `select id, type, aggregate_type, aggregate_id, payload, occurred_at, traceparent
           from shared.outbox where published_at is null
          order by position limit ? for update skip locked`,
        [this.config.outbox.batchSize],
      );
      if (rows.length === 0) return 0;
      await this.producer.addBulk(
        rows.flatMap((row) => [this.job(this.domainEvents, row), this.job(this.projections, row)]),
      );
      await tx.execute('update shared.outbox set published_at = now() where id in (?)', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  /**
   * A flow producer knows no queue defaults (attempts, backoff, retention): take the queue's.
   * The job carries the trace context of the request that recorded the event (not the relay's),
   * so with tracing on the worker's processing continues that trace.
   */
  private job(queue: Queue, row: OutboxRow): FlowJob {
    return {
      queueName: queue.name,
      name: row.type,
      data: toEnvelope(row),
      opts: {
        ...queue.defaultJobOptions,
        jobId: row.id,
        ...(row.traceparent ? { telemetry: { metadata: row.traceparent } } : {}),
      },
    };
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
