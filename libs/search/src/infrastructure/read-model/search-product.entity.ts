import { Check, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per catalog product, shaped for the buyer listing: the catalog's listing state plus
 * the figures derived from its offers (lowest active price, offer count, availability).
 * `listed` = active product with at least one active offer of an active shop.
 */
@Entity({ schema: 'search', tableName: 'products' })
// Checks written as PostgreSQL prints them back, so `migration:create` sees no change.
@Check({
  name: 'products_rating_check',
  expression:
    '((rating_average >= (0)::numeric) AND (rating_average <= (5)::numeric)) AND (rating_count >= 0)',
})
@Index({ name: 'search_products_slug_idx', properties: ['slug'] })
@Index({
  name: 'search_products_category_ids_idx',
  expression:
    'create index "search_products_category_ids_idx" on "search"."products" using gin ("category_ids")',
})
@Index({
  name: 'search_products_listed_price_idx',
  expression:
    'create index "search_products_listed_price_idx" on "search"."products" ("min_price", "id") where "listed"',
})
@Index({
  name: 'search_products_listed_newest_idx',
  expression:
    'create index "search_products_listed_newest_idx" on "search"."products" ("created_at" desc, "id" desc) where "listed"',
})
@Index({
  name: 'search_products_listed_name_idx',
  expression:
    'create index "search_products_listed_name_idx" on "search"."products" ("name", "id") where "listed"',
})
@Index({
  name: 'search_products_shop_ids_idx',
  expression:
    'create index "search_products_shop_ids_idx" on "search"."products" using gin ("shop_ids")',
})
@Index({
  name: 'search_products_listed_document_idx',
  expression:
    'create index "search_products_listed_document_idx" on "search"."products" using gin ("document") where "listed"',
})
@Index({
  name: 'search_products_listed_name_trgm_idx',
  expression:
    'create index "search_products_listed_name_trgm_idx" on "search"."products" using gin ("name" gin_trgm_ops) where "listed"',
})
@Index({
  name: 'search_products_listed_name_words_idx',
  expression: `create index "search_products_listed_name_words_idx" on "search"."products" using gin (to_tsvector('simple', "name")) where "listed"`,
})
export class SearchProduct {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'string', length: 200 })
  readonly slug!: string;

  @Property({ type: 'string', length: 300 })
  readonly name!: string;

  @Property({ type: 'text', nullable: true })
  readonly description?: string;

  @Property({ type: 'uuid' })
  readonly categoryId!: string;

  /** Materialized path of the category, e.g. "/<rootId>/<childId>/". */
  @Property({ type: 'text' })
  readonly categoryPath!: string;

  /** The category and all its ancestors (from the path): the category filter's GIN index. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]' })
  readonly categoryIds!: string[];

  @Property({ type: 'string', length: 20 })
  readonly status!: string;

  @Property({ type: 'text', nullable: true })
  readonly imageUrl?: string;

  /** [{id, sku, title, options}] as the catalog last published them. */
  @Property({ type: 'json' })
  readonly variants!: object;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt!: Date;

  /** When the catalog event this row reflects occurred; older events are ignored. */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly asOf!: Date;

  @Property({ type: 'bigint', nullable: true })
  readonly minPrice?: string;

  @Property({ type: 'string', length: 3, nullable: true })
  readonly currency?: string;

  @Property({ type: 'integer', default: 0 })
  readonly offerCount!: number;

  @Property({ type: 'boolean', default: false })
  readonly available!: boolean;

  @Property({ type: 'boolean', default: false })
  readonly listed!: boolean;

  /** The shops with a listed offer of the product: the shop filter and facet. */
  @Property({ type: 'uuid[]', columnType: 'uuid[]', default: '{}' })
  readonly shopIds!: string[];

  /**
   * The full-text document: name (weight A), variant options (B), category and shop names (C),
   * description (D). Derived by ListingRecalculator, never written by the ORM.
   */
  @Property({ type: 'unknown', columnType: 'tsvector', nullable: true, lazy: true })
  readonly document?: unknown;

  /** Average of the approved reviews (0 without any), two decimals. */
  @Property({ type: 'decimal', columnType: 'numeric(3,2)', default: 0 })
  readonly ratingAverage!: string;

  @Property({ type: 'integer', default: 0 })
  readonly ratingCount!: number;
}
