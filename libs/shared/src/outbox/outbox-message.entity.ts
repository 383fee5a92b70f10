import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { DomainEvent } from '../domain/domain-event';
import { currentTraceparent } from '../observability/trace-context';

/**
 * One recorded domain event waiting for (or done with) relay to the `domain-events` queue and,
 * when configured, to the message broker (each with its own cursor).
 * Written in the same transaction as the aggregate that recorded it.
 */
@Entity({ schema: 'shared', tableName: 'outbox' })
@Index({
  name: 'outbox_unpublished_idx',
  expression:
    'create index "outbox_unpublished_idx" on "shared"."outbox" ("position") where "published_at" is null',
})
@Index({
  name: 'outbox_broker_unpublished_idx',
  expression:
    'create index "outbox_broker_unpublished_idx" on "shared"."outbox" ("position") where "broker_published_at" is null',
})
@Index({ name: 'outbox_type_occurred_idx', properties: ['type', 'occurredAt'] })
export class OutboxMessage {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  /** Insertion order; the relay publishes in this order. */
  @Property({ type: 'bigint', autoincrement: true })
  readonly position?: string;

  @Property({ type: 'string', length: 120 })
  readonly type!: string;

  @Property({ type: 'string', length: 60 })
  readonly aggregateType!: string;

  @Property({ type: 'string', length: 120 })
  readonly aggregateId!: string;

  @Property({ type: 'json' })
  readonly payload!: object;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly occurredAt!: Date;

  /**
   * W3C traceparent of the trace that recorded the event (null when tracing is off), so the
   * worker's processing of the relayed job continues the request's trace.
   */
  @Property({ type: 'string', length: 55, nullable: true })
  readonly traceparent?: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  publishedAt?: Date;

  /** When the message broker confirmed it (see OutboxBrokerRelay); unused while that is off. */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  brokerPublishedAt?: Date;

  /** Records the active trace context with the event: call it in the code that recorded it. */
  static fromEvent(event: DomainEvent): OutboxMessage {
    const message = new OutboxMessage();
    Object.assign(message, {
      id: event.id,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload,
      occurredAt: event.occurredAt,
      traceparent: currentTraceparent(),
    });
    return message;
  }
}
