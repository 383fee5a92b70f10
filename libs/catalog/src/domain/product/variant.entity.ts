import { randomUUID } from 'node:crypto';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { Product } from './product.aggregate';
import { optionsKey, VariantOptions, variantTitle } from './variant-options';

/** A sellable variant of a product (one SKU); part of the Product aggregate. */
@Entity({ schema: 'catalog', tableName: 'variants' })
@Unique({
  name: 'variants_product_options_unique',
  expression:
    'alter table "catalog"."variants" add constraint "variants_product_options_unique" unique ("product_id", "options_key")',
})
export class Variant {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'Product', deleteRule: 'cascade' })
  readonly product: Product;

  @Property({ type: 'string', length: 64, fieldName: 'sku', unique: 'variants_sku_unique' })
  private _sku: string;

  @Property({ type: 'json', fieldName: 'options' })
  private _options: VariantOptions;

  @Property({ type: 'string', length: 300, fieldName: 'title' })
  private _title: string;

  /** Normalized option combination; unique within the product. */
  @Property({ type: 'string', length: 400, fieldName: 'options_key' })
  private _optionsKey: string;

  @Property({ type: 'integer' })
  readonly position: number;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  /** Options must already be normalized (see normalizeOptions). */
  constructor(product: Product, sku: string, options: VariantOptions, position: number, now: Date) {
    this.id = randomUUID();
    this.product = product;
    this._sku = sku;
    this.position = position;
    this.createdAt = now;
    this._updatedAt = now;
    this._options = options;
    this._title = variantTitle(options);
    this._optionsKey = optionsKey(options);
  }

  get sku(): string {
    return this._sku;
  }

  get options(): VariantOptions {
    return { ...this._options };
  }

  get optionsKey(): string {
    return this._optionsKey;
  }

  get title(): string {
    return this._title;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Only the owning Product calls this (it keeps option combinations unique). */
  change(changes: { sku?: string; options?: VariantOptions }, now: Date): void {
    if (changes.sku !== undefined) this._sku = changes.sku;
    if (changes.options !== undefined) {
      this._options = changes.options;
      this._title = variantTitle(changes.options);
      this._optionsKey = optionsKey(changes.options);
    }
    this._updatedAt = now;
  }
}
