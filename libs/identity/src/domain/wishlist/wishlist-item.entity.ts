import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A product a user saved for later. Adding twice is a no-op. */
@Entity({ schema: 'identity', tableName: 'wishlist_items' })
export class WishlistItem {
  @PrimaryKey({ type: 'uuid' })
  readonly userId: string;

  @PrimaryKey({ type: 'uuid' })
  readonly productId: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly addedAt: Date;

  constructor(userId: string, productId: string, now: Date) {
    this.userId = userId;
    this.productId = productId;
    this.addedAt = now;
  }
}
