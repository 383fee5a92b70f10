import { randomUUID } from 'node:crypto';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * A time a shop was in away mode: from switching it on until switching it off (open while it is
 * still on). Written with the shop's chat settings; response-time stats leave these times out.
 */
@Entity({ schema: 'chat', tableName: 'away_periods' })
@Index({ name: 'away_periods_shop_started_at_index', properties: ['shopId', 'startedAt'] })
export class AwayPeriod {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = randomUUID();

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly startedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  endedAt: Date | null = null;

  constructor(shopId: string, startedAt: Date) {
    this.shopId = shopId;
    this.startedAt = startedAt;
  }
}
