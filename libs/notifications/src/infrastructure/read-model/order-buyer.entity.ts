import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** Who bought an order, for events that name only the order (refunds). */
@Entity({ schema: 'notifications', tableName: 'order_buyers' })
export class OrderBuyerRow {
  @PrimaryKey({ type: 'uuid' })
  orderId!: string;

  @Property({ type: 'uuid' })
  buyerId!: string;

  /** Null for orders placed before order numbers. */
  @Property({ type: 'string', length: 13, nullable: true })
  orderNumber!: string | null;
}
