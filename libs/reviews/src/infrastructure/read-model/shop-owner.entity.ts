import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** Who owns a shop (from shops.shop-saved; the highest version wins). */
@Entity({ schema: 'reviews', tableName: 'shop_owners' })
@Index({ name: 'reviews_shop_owners_owner_idx', properties: ['ownerId'] })
export class ShopOwner {
  @PrimaryKey({ type: 'uuid' })
  readonly shopId!: string;

  @Property({ type: 'uuid' })
  readonly ownerId!: string;

  @Property({ type: 'integer' })
  readonly version!: number;
}
