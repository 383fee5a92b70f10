import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { Product } from './product.aggregate';

export interface StoredImage {
  /** Where the storage keeps the file (its key in the bucket or under the upload directory). */
  storageKey: string;
  /** Public URL the storage serves it under. */
  url: string;
  contentType: string;
  size: number;
}

/** An image of a product; part of the Product aggregate, ordered by `position` from 0. */
@Entity({ schema: 'catalog', tableName: 'product_images' })
export class ProductImage {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'Product', deleteRule: 'cascade', index: true })
  readonly product: Product;

  @Property({ type: 'string', length: 300 })
  readonly storageKey: string;

  @Property({ type: 'string', length: 1000 })
  readonly url: string;

  @Property({ type: 'string', length: 40 })
  readonly contentType: string;

  @Property({ type: 'integer' })
  readonly size: number;

  @Property({ type: 'string', length: 300, nullable: true })
  alt: string | null;

  @Property({ type: 'integer' })
  position: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  constructor(
    product: Product,
    stored: StoredImage,
    alt: string | null,
    position: number,
    now: Date,
  ) {
    this.id = randomUUID();
    this.product = product;
    this.storageKey = stored.storageKey;
    this.url = stored.url;
    this.contentType = stored.contentType;
    this.size = stored.size;
    this.alt = alt;
    this.position = position;
    this.createdAt = now;
  }
}
