import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { DomainEvent } from '../domain/domain-event';

/**
 * One recorded domain event waiting for (or done with) relay to the `domain-events` queue.
 * Written in the same transaction as the aggregate that recorded it.
 */
@Entity({ schema: 'shared', tableName: 'outbox' })
@Index({
  name: 'outbox_unpublished_idx',
  expression:
    'create index "outbox_unpublished_idx" on "shared"."outbox" ("position") where "published_at" is null',
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

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  publishedAt?: Date;

  static fromEvent(event: DomainEvent): OutboxMessage {
    const message = new OutboxMessage();
    Object.assign(message, {
      id: event.id,
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload,
      occurredAt: event.occurredAt,
    });
    return message;
  }
}
