import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The inbox: which consumer has already handled which event (exactly-once effects). */
@Entity({ schema: 'shared', tableName: 'processed_events' })
export class ProcessedEvent {
  @PrimaryKey({ type: 'string', length: 120 })
  readonly consumer!: string;

  @PrimaryKey({ type: 'uuid' })
  readonly eventId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', defaultRaw: 'now()' })
  readonly processedAt?: Date;
}
