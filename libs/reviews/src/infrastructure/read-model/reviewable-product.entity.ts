import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A catalog product and whether it is active (from catalog.product-saved; the newest wins). */
@Entity({ schema: 'reviews', tableName: 'products' })
export class ReviewableProduct {
  @PrimaryKey({ type: 'uuid' })
  readonly productId!: string;

  @Property({ type: 'boolean' })
  readonly active!: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly updatedAt!: Date;
}
