import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { ACTOR_ROLES, TimelineActor } from './timeline-actor';

/** What happened: a status change (named after its target) or a payment fact without one. */
export const TIMELINE_EVENTS = [
  'placed',
  'paid',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
  'payment_failed',
  'late_payment',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

/**
 * One row of an order's history, written in the transaction of the change it records: a
 * ShopOrder's transition (shopOrderId set) or an order-wide fact (shopOrderId null). Append-only.
 */
@Entity({ schema: 'ordering', tableName: 'timeline_entries' })
@Index({ properties: ['orderId', 'position'] })
export class TimelineEntry {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  /** Insertion order, so entries written in the same millisecond keep their order. */
  @Property({ type: 'bigint', autoincrement: true })
  readonly position?: string;

  @Property({ type: 'uuid' })
  readonly orderId: string;

  @Property({ type: 'uuid', nullable: true })
  readonly shopOrderId: string | null;

  @Property({ type: 'string', length: 30 })
  readonly event: TimelineEvent;

  @Property({ type: 'string', length: 30, nullable: true })
  readonly fromStatus: string | null;

  @Property({ type: 'string', length: 30, nullable: true })
  readonly toStatus: string | null;

  @Property({ type: 'uuid', nullable: true })
  readonly actorId: string | null;

  @Enum({ items: () => ACTOR_ROLES })
  readonly actorRole: TimelineActor['role'];

  /** A stable code (e.g. payment_timeout) when the change has one. */
  @Property({ type: 'string', length: 60, nullable: true })
  readonly reason: string | null;

  /** Free text from a person or a provider (a seller's cancellation reason, a decline message). */
  @Property({ type: 'text', nullable: true })
  readonly note: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly occurredAt: Date;

  constructor(props: {
    orderId: string;
    shopOrderId: string | null;
    event: TimelineEvent;
    from: string | null;
    to: string | null;
    actor: TimelineActor;
    reason?: string | null;
    note?: string | null;
    now: Date;
  }) {
    this.id = randomUUID();
    this.orderId = props.orderId;
    this.shopOrderId = props.shopOrderId;
    this.event = props.event;
    this.fromStatus = props.from;
    this.toStatus = props.to;
    this.actorId = props.actor.id;
    this.actorRole = props.actor.role;
    this.reason = props.reason ?? null;
    this.note = props.note ?? null;
    this.occurredAt = props.now;
  }
}
