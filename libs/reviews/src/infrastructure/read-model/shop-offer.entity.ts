import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** A shop's offer of a product (from shops.offer-saved): the shop sells that product. */
@Entity({ schema: 'reviews', tableName: 'shop_offers' })
@Index({ name: 'reviews_shop_offers_shop_product_idx', properties: ['shopId', 'productId'] })
export class ShopOffer {
  @PrimaryKey({ type: 'uuid' })
  readonly offerId!: string;

  @Property({ type: 'uuid' })
  readonly shopId!: string;

  @Property({ type: 'uuid' })
  readonly productId!: string;
}
