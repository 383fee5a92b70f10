/**
 * The events the search read model is built from, as search reads them (a tolerant reader:
 * only the fields it uses, declared here so search imports no other context). The type strings
 * are the publishers' contracts; extra payload fields are ignored.
 */
export const PRODUCT_SAVED = 'catalog.product-saved';
export const CATEGORY_SAVED = 'catalog.category-saved';
export const CATEGORY_MOVED = 'catalog.category-moved';
export const SHOP_SAVED = 'shops.shop-saved';
export const OFFER_SAVED = 'shops.offer-saved';
export const AVAILABILITY_CHANGED = 'inventory.availability-changed';
export const RATING_SUMMARY_CHANGED = 'reviews.rating-summary-changed';

export interface ProductSaved {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  categoryId: string;
  /** "/<rootId>/<childId>/": the category and its ancestors. */
  categoryPath: string;
  status: string;
  createdAt: string;
  variants: { id: string; sku: string; title: string; options: Record<string, string> }[];
  imageUrl: string | null;
}

export interface CategorySaved {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
  path: string;
}

export interface CategoryMoved {
  id: string;
  fromPath: string;
  toPath: string;
}

export interface ShopSaved {
  shopId: string;
  slug: string;
  name: string;
  active: boolean;
  version: number;
}

export interface Money {
  amount: number;
  currency: string;
}

export interface OfferSaved {
  offerId: string;
  shopId: string;
  productId: string;
  variantId: string;
  price: Money;
  compareAtPrice: Money | null;
  active: boolean;
  version: number;
}

export interface AvailabilityChanged {
  shopId: string;
  variantId: string;
  available: number;
}

/** A product's approved-review summary (the histogram is not read). */
export interface RatingSummaryChanged {
  productId: string;
  /** 0 when count is 0, two decimals. */
  average: number;
  count: number;
}

/** Payload shape by event type. */
export interface ConsumedEvents {
  [PRODUCT_SAVED]: ProductSaved;
  [CATEGORY_SAVED]: CategorySaved;
  [CATEGORY_MOVED]: CategoryMoved;
  [SHOP_SAVED]: ShopSaved;
  [OFFER_SAVED]: OfferSaved;
  [AVAILABILITY_CHANGED]: AvailabilityChanged;
  [RATING_SUMMARY_CHANGED]: RatingSummaryChanged;
}

export type ConsumedEventType = keyof ConsumedEvents;

export const CONSUMED_EVENT_TYPES = [
  PRODUCT_SAVED,
  CATEGORY_SAVED,
  CATEGORY_MOVED,
  SHOP_SAVED,
  OFFER_SAVED,
  AVAILABILITY_CHANGED,
  RATING_SUMMARY_CHANGED,
] as const satisfies readonly ConsumedEventType[];
