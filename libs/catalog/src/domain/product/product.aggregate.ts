import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { ProductImage, StoredImage } from './product-image.entity';
import { PRODUCT_STATUS_TRANSITIONS, PRODUCT_STATUSES, ProductStatus } from './product-status';
import {
  IllegalStatusTransitionError,
  ImageLimitError,
  imageNotFound,
  SkuTakenError,
  TooManyOptionsError,
  VariantLimitError,
  variantNotFound,
  VariantOptionsTakenError,
} from './product.errors';
import { ProductSavedEvent } from './product.events';
import { Variant } from './variant.entity';
import { MAX_OPTIONS, normalizeOptions, optionsKey, VariantOptions } from './variant-options';

export const MAX_VARIANTS = 100;
export const MAX_IMAGES = 10;

/** The category a product is filed under, with its materialized path. */
export interface CategoryRef {
  id: string;
  path: string;
}

export interface VariantSpec {
  sku: string;
  options: VariantOptions;
}

/**
 * A product of the central catalog, created by a seller or an admin. Owns its variants (unique
 * option combinations) and its ordered images; its status follows PRODUCT_STATUS_TRANSITIONS.
 * `categoryPath` copies the category's path so "products under a category" is a prefix query;
 * the category store rewrites it when a category moves.
 */
@Entity({ schema: 'catalog', tableName: 'products' })
@Index({
  name: 'products_category_path_index',
  expression:
    'create index "products_category_path_index" on "catalog"."products" ("category_path" text_pattern_ops)',
})
export class Product extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'string', length: 200, fieldName: 'name' })
  private _name: string;

  @Property({ type: 'string', length: 120, fieldName: 'slug', unique: 'products_slug_unique' })
  private _slug: string;

  @Property({ type: 'text', nullable: true, fieldName: 'description' })
  private _description: string | null;

  @Property({ type: 'uuid', fieldName: 'category_id', index: true })
  private _categoryId: string;

  @Property({ type: 'text', fieldName: 'category_path' })
  private _categoryPath: string;

  @Enum({ items: () => PRODUCT_STATUSES, fieldName: 'status' })
  private _status: ProductStatus = 'draft';

  @Property({ type: 'uuid', index: true })
  readonly createdBy: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  @OneToMany({ entity: () => Variant, mappedBy: 'product', orderBy: { position: 'asc' } })
  readonly variants = new Collection<Variant>(this);

  @OneToMany({
    entity: () => ProductImage,
    mappedBy: 'product',
    orphanRemoval: true,
    orderBy: { position: 'asc' },
  })
  readonly images = new Collection<ProductImage>(this);

  private constructor(props: {
    name: string;
    slug: string;
    description: string | null;
    category: CategoryRef;
    createdBy: string;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this._name = props.name.trim();
    this._slug = props.slug;
    this._description = props.description;
    this._categoryId = props.category.id;
    this._categoryPath = props.category.path;
    this.createdBy = props.createdBy;
    this.createdAt = props.now;
    this._updatedAt = props.now;
  }

  /** A new draft product with its first variants. Slug and SKU uniqueness are the store's. */
  static create(props: {
    name: string;
    slug: string;
    description: string | null;
    category: CategoryRef;
    createdBy: string;
    variants: VariantSpec[];
    now: Date;
  }): Product {
    const product = new Product(props);
    for (const spec of props.variants) product.appendVariant(spec, props.now);
    product.recordSaved();
    return product;
  }

  get name(): string {
    return this._name;
  }

  get slug(): string {
    return this._slug;
  }

  get description(): string | null {
    return this._description;
  }

  get categoryId(): string {
    return this._categoryId;
  }

  get categoryPath(): string {
    return this._categoryPath;
  }

  get status(): ProductStatus {
    return this._status;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Changes the fields given (description null clears it; category refiles the product). */
  edit(
    changes: { name?: string; slug?: string; description?: string | null; category?: CategoryRef },
    now: Date,
  ): void {
    if (changes.name !== undefined) this._name = changes.name.trim();
    if (changes.slug !== undefined) this._slug = changes.slug;
    if (changes.description !== undefined) this._description = changes.description;
    if (changes.category !== undefined) {
      this._categoryId = changes.category.id;
      this._categoryPath = changes.category.path;
    }
    this.touch(now);
  }

  addVariant(spec: VariantSpec, now: Date): Variant {
    const variant = this.appendVariant(spec, now);
    this.touch(now);
    return variant;
  }

  /** Changes a variant's SKU and/or options; the option combination stays unique. */
  editVariant(variantId: string, changes: Partial<VariantSpec>, now: Date): Variant {
    const variant = this.variant(variantId);
    const options =
      changes.options === undefined ? undefined : this.checkedOptions(changes.options);
    if (options) this.assertCombinationFree(options, variant);
    if (changes.sku !== undefined) this.assertSkuFree(changes.sku, variant);
    variant.change({ sku: changes.sku, options }, now);
    this.touch(now);
    return variant;
  }

  /** Moves along the status machine; anything outside PRODUCT_STATUS_TRANSITIONS is refused. */
  changeStatus(to: ProductStatus, now: Date): void {
    const allowed = PRODUCT_STATUS_TRANSITIONS[this._status];
    if (!allowed.includes(to)) throw new IllegalStatusTransitionError(this._status, to, allowed);
    this._status = to;
    this.touch(now);
  }

  /** Appends an already stored image at the end of the order. */
  addImage(stored: StoredImage, alt: string | null, now: Date): ProductImage {
    if (this.images.length >= MAX_IMAGES) throw new ImageLimitError(MAX_IMAGES);
    const image = new ProductImage(this, stored, alt, this.images.length, now);
    this.images.add(image);
    this.touch(now);
    return image;
  }

  /** Changes an image's alt text and/or moves it to `position` (clamped to the list). */
  editImage(imageId: string, changes: { alt?: string | null; position?: number }, now: Date) {
    const image = this.image(imageId);
    if (changes.alt !== undefined) image.alt = changes.alt;
    if (changes.position !== undefined) {
      const others = this.orderedImages().filter((i) => i !== image);
      const position = Math.max(0, Math.min(changes.position, others.length));
      others.splice(position, 0, image);
      others.forEach((img, index) => (img.position = index));
    }
    this.touch(now);
    return image;
  }

  /** Removes an image and closes the gap; the caller deletes the stored file after commit. */
  removeImage(imageId: string, now: Date): ProductImage {
    const image = this.image(imageId);
    this.images.remove(image);
    this.orderedImages().forEach((img, index) => (img.position = index));
    this.touch(now);
    return image;
  }

  private appendVariant(spec: VariantSpec, now: Date): Variant {
    if (this.variants.length >= MAX_VARIANTS) throw new VariantLimitError(MAX_VARIANTS);
    const options = this.checkedOptions(spec.options);
    this.assertCombinationFree(options);
    this.assertSkuFree(spec.sku);
    const variant = new Variant(this, spec.sku, options, this.variants.length, now);
    this.variants.add(variant);
    return variant;
  }

  private checkedOptions(options: VariantOptions): VariantOptions {
    const normalized = normalizeOptions(options);
    if (Object.keys(normalized).length > MAX_OPTIONS) throw new TooManyOptionsError(MAX_OPTIONS);
    return normalized;
  }

  private assertCombinationFree(options: VariantOptions, except?: Variant): void {
    const key = optionsKey(options);
    const twin = this.variants.getItems().find((v) => v !== except && v.optionsKey === key);
    if (twin) throw new VariantOptionsTakenError(twin.title);
  }

  private assertSkuFree(sku: string, except?: Variant): void {
    if (this.variants.getItems().some((v) => v !== except && v.sku === sku)) {
      throw new SkuTakenError(sku);
    }
  }

  private variant(variantId: string): Variant {
    const variant = this.variants.getItems().find((v) => v.id === variantId);
    if (!variant) throw variantNotFound(variantId);
    return variant;
  }

  private image(imageId: string): ProductImage {
    const image = this.images.getItems().find((i) => i.id === imageId);
    if (!image) throw imageNotFound(imageId);
    return image;
  }

  private orderedImages(): ProductImage[] {
    return [...this.images.getItems()].sort((a, b) => a.position - b.position);
  }

  private touch(now: Date): void {
    this._updatedAt = now;
    this.recordSaved();
  }

  /** One event per change carrying the whole listing state (event-carried state transfer). */
  private recordSaved(): void {
    this.record(
      new ProductSavedEvent('Product', this.id, {
        id: this.id,
        slug: this._slug,
        name: this._name,
        description: this._description,
        categoryId: this._categoryId,
        categoryPath: this._categoryPath,
        status: this._status,
        createdBy: this.createdBy,
        createdAt: this.createdAt.toISOString(),
        updatedAt: this._updatedAt.toISOString(),
        variants: [...this.variants.getItems()]
          .sort((a, b) => a.position - b.position)
          .map((v) => ({ id: v.id, sku: v.sku, title: v.title, options: v.options })),
        imageUrl: this.orderedImages()[0]?.url ?? null,
      }),
    );
  }
}
