import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { ClientProxy, RmqRecord } from '@nestjs/microservices';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { lastValueFrom } from 'rxjs';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, BrokerConfig } from '../config/app-config';
import { EventEnvelope } from '../outbox/event-envelope';
import { BROKER_CLIENT } from './broker-client';

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/** A batch the broker did not confirm in time; it stays unpublished and is sent again. */
export class BrokerPublishTimeoutError extends Error {
  constructor(ms: number) {
    super(`the broker confirmed no batch within ${ms} ms`);
    this.name = 'BrokerPublishTimeoutError';
  }
}

/**
 * Publishes every outbox row to the message broker, with its own cursor
 * (`broker_published_at`), so outside services can subscribe to Pasar's integration events.
 *
 * A batch is claimed with FOR UPDATE SKIP LOCKED (several workers share the work) and marked
 * only after the broker confirmed every message of it; a failure or a timeout rolls the claim
 * back, so an outage delays events and loses none. A retried batch may publish a message twice:
 * each carries the event id (message id property and `data.id`) for subscribers to drop duplicates.
 *
 * The claim takes only rows the queue relay has already published. Both relays lock outbox rows,
 * and this one holds its locks while it waits for the broker; without that condition a slow or
 * unreachable broker would make the queue relay skip (and so delay) the newest events.
 */
@Injectable()
export class OutboxBrokerRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxBrokerRelay.name);
  private running = false;
  private loop?: Promise<void>;

  constructor(
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
    @Inject(BROKER_CLIENT) private readonly client: ClientProxy | null,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.client || !this.config.broker) return;
    this.running = true;
    this.loop = this.run(this.client, this.config.broker);
  }

  async onApplicationShutdown(): Promise<void> {
    this.running = false;
    await this.loop;
    await this.client?.close();
  }

  /** Publishes one batch; returns how many events the broker confirmed. */
  async publishBatch(client: ClientProxy, broker: BrokerConfig): Promise<number> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      const rows = await tx.execute<OutboxRow[]>(
        `select id, type, aggregate_type, aggregate_id, payload, occurred_at
           from shared.outbox
          where broker_published_at is null and published_at is not null
          order by position limit ? for update skip locked`,
        [this.config.outbox.batchSize],
      );
      if (rows.length === 0) return 0;
      await withTimeout(
        Promise.all(rows.map((row) => lastValueFrom(client.emit(row.type, toRecord(row))))),
        broker.publishTimeoutMs,
      );
      await tx.execute('update shared.outbox set broker_published_at = now() where id in (?)', [
        rows.map((row) => row.id),
      ]);
      return rows.length;
    });
  }

  private async run(client: ClientProxy, broker: BrokerConfig): Promise<void> {
    let failures = 0;
    while (this.running) {
      let published = 0;
      try {
        published = await this.publishBatch(client, broker);
        failures = 0;
      } catch (error) {
        failures += 1;
        // Once per outage at warn level; the retries after it would flood the log.
        if (failures === 1) this.logger.warn({ err: error }, 'broker publish failed; retrying');
        else this.logger.debug({ err: error }, 'broker still unavailable');
      }
      if (published < this.config.outbox.batchSize) {
        // Backs off to at most a second between attempts while the broker is down.
        await sleep(Math.min(this.config.outbox.pollMs * 2 ** failures, 1000));
      }
    }
  }
}

function toRecord(row: OutboxRow): RmqRecord<EventEnvelope> {
  const occurredAt = new Date(row.occurred_at);
  const envelope: EventEnvelope = {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    occurredAt: occurredAt.toISOString(),
    payload: row.payload,
  };
  return new RmqRecord(envelope, {
    messageId: row.id,
    type: row.type,
    contentType: 'application/json',
    appId: 'pasar',
    timestamp: Math.floor(occurredAt.getTime() / 1000),
    persistent: true,
  });
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BrokerPublishTimeoutError(ms)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
