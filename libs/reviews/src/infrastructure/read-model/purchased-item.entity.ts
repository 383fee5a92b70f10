import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A product a buyer ordered in a ShopOrder (from ordering.order-placed). */
@Entity({ schema: 'reviews', tableName: 'purchased_items' })
@Index({ name: 'reviews_purchased_items_buyer_product_idx', properties: ['buyerId', 'productId'] })
export class PurchasedItem {
  @PrimaryKey({ type: 'uuid' })
  readonly shopOrderId!: string;

  @PrimaryKey({ type: 'uuid' })
  readonly productId!: string;

  @Property({ type: 'uuid' })
  readonly buyerId!: string;
}
