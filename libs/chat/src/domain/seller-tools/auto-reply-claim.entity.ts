import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * When a shop last sent a buyer an automatic reply. Claimed with a conditional upsert, so at
 * most one automatic reply per (shop, buyer) per window, whatever instance handles the message.
 */
@Entity({ schema: 'chat', tableName: 'auto_reply_claims' })
export class AutoReplyClaim {
  @PrimaryKey({ type: 'uuid' })
  readonly shopId!: string;

  @PrimaryKey({ type: 'uuid' })
  readonly buyerId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly sentAt!: Date;
}
