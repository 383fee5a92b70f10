import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A ShopOrder that reached the buyer (ordering.shop-order-delivered or -completed). */
@Entity({ schema: 'reviews', tableName: 'received_shop_orders' })
export class ReceivedShopOrder {
  @PrimaryKey({ type: 'uuid' })
  readonly shopOrderId!: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly receivedAt!: Date;
}
