import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** A provider webhook event Pasar has applied: a redelivery of the same event id is skipped. */
@Entity({ schema: 'payments', tableName: 'webhook_events' })
export class WebhookEvent {
  [PrimaryKeyProp]?: ['provider', 'eventId'];

  @PrimaryKey({ type: 'string', length: 20 })
  readonly provider!: string;

  @PrimaryKey({ type: 'string', length: 255 })
  readonly eventId!: string;

  @Property({ type: 'string', length: 40 })
  readonly type!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly receivedAt!: Date;
}
