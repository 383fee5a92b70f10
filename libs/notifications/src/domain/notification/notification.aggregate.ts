import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { NOTIFICATION_KINDS, NotificationData, NotificationKind } from './notification-kind';
import { NotificationCreatedEvent } from './notification.events';

/**
 * Something a user is told about, in the app (and by email when we know their address).
 * One per (event, recipient): a redelivered event never tells anyone twice.
 */
@Entity({ schema: 'notifications', tableName: 'notifications' })
// Written as PostgreSQL prints it back, so `migration:create` sees no change.
@Index({
  name: 'notifications_unread_index',
  expression:
    'CREATE INDEX notifications_unread_index ON notifications.notifications USING btree (user_id) WHERE (read_at IS NULL)',
})
@Unique({ name: 'notifications_event_id_user_id_unique', properties: ['eventId', 'userId'] })
@Index({ name: 'notifications_user_id_created_at_index', properties: ['userId', 'createdAt'] })
export class Notification extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly userId: string;

  @Enum({ items: () => NOTIFICATION_KINDS })
  readonly kind: NotificationKind;

  @Property({ type: 'string', length: 200 })
  readonly title: string;

  @Property({ type: 'text' })
  readonly body: string;

  @Property({ type: 'json' })
  readonly data: NotificationData;

  /** The event that caused it. */
  @Property({ type: 'uuid' })
  readonly eventId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'read_at',
  })
  private _readAt: Date | null = null;

  private constructor(props: {
    userId: string;
    kind: NotificationKind;
    title: string;
    body: string;
    data: NotificationData;
    eventId: string;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.userId = props.userId;
    this.kind = props.kind;
    this.title = props.title;
    this.body = props.body;
    this.data = props.data;
    this.eventId = props.eventId;
    this.createdAt = props.now;
  }

  /** A new, unread notification for one user about one event. */
  static create(props: {
    userId: string;
    kind: NotificationKind;
    title: string;
    body: string;
    data: NotificationData;
    eventId: string;
    now: Date;
  }): Notification {
    const notification = new Notification(props);
    notification.record(
      new NotificationCreatedEvent('Notification', notification.id, {
        notificationId: notification.id,
        userId: notification.userId,
        kind: notification.kind,
        title: notification.title,
        body: notification.body,
        data: notification.data,
        createdAt: notification.createdAt.toISOString(),
      }),
    );
    return notification;
  }

  get readAt(): Date | null {
    return this._readAt;
  }

  /** Marks it read; reading it again keeps the first time. Returns whether that changed it. */
  markRead(now: Date): boolean {
    if (this._readAt) return false;
    this._readAt = now;
    return true;
  }
}
