/**
 * The catalog's integration events (event-carried state): each carries everything a read model
 * needs, so consumers never call back into the catalog. Delivered through the outbox as BullMQ
 * jobs named by `type`; consumers upsert by id and must be idempotent.
 */
export const CATALOG_EVENTS = {
  /** A product was created or changed (any field, variant, status or image). */
  productSaved: 'catalog.product-saved',
  /** A category was created, renamed or moved. */
  categorySaved: 'catalog.category-saved',
  /**
   * A category moved: every category path and product `categoryPath` starting with `fromPath`
   * now starts with `toPath` (the catalog rewrote them in the same transaction, without one
   * product-saved event per product).
   */
  categoryMoved: 'catalog.category-moved',
} as const;

export type ProductStatus = 'draft' | 'active' | 'archived';

export interface ProductSavedVariant {
  id: string;
  sku: string;
  /** The option values joined for people, e.g. "Large / Red" ("Default" without options). */
  title: string;
  options: Record<string, string>;
}

export interface ProductSavedPayload {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  categoryId: string;
  /** Materialized path of the category, e.g. "/<rootId>/<childId>/". */
  categoryPath: string;
  status: ProductStatus;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  variants: ProductSavedVariant[];
  /** Public URL of the first image (position 0), or null without images. */
  imageUrl: string | null;
}

export interface CategorySavedPayload {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  path: string;
}

export interface CategoryMovedPayload {
  id: string;
  fromPath: string;
  toPath: string;
}
