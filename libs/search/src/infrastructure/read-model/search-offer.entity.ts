import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One row per shop offer, with its shop's public face and what the shop can still sell. */
@Entity({ schema: 'search', tableName: 'offers' })
@Index({ name: 'search_offers_product_idx', properties: ['productId'] })
@Index({ name: 'search_offers_shop_product_idx', properties: ['shopId', 'productId'] })
@Index({ name: 'search_offers_shop_variant_idx', properties: ['shopId', 'variantId'] })
export class SearchOffer {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'uuid' })
  readonly shopId!: string;

  @Property({ type: 'uuid' })
  readonly productId!: string;

  @Property({ type: 'uuid' })
  readonly variantId!: string;

  @Property({ type: 'bigint' })
  readonly priceAmount!: string;

  @Property({ type: 'string', length: 3 })
  readonly priceCurrency!: string;

  @Property({ type: 'bigint', nullable: true })
  readonly compareAtAmount?: string;

  @Property({ type: 'string', length: 3, nullable: true })
  readonly compareAtCurrency?: string;

  @Property({ type: 'boolean' })
  readonly active!: boolean;

  /** The shops context's aggregate version; a lower one is a stale event. */
  @Property({ type: 'integer' })
  readonly version!: number;

  @Property({ type: 'string', length: 200, nullable: true })
  readonly shopSlug?: string;

  @Property({ type: 'string', length: 200, nullable: true })
  readonly shopName?: string;

  /** False until the shop's own event arrives. */
  @Property({ type: 'boolean', default: false })
  readonly shopActive!: boolean;

  @Property({ type: 'integer', default: 0 })
  readonly available!: number;
}
