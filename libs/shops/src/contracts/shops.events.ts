/**
 * Integration events of the shops context (event-carried state transfer): each carries the
 * full current state of its aggregate, so a consumer can upsert its read model from one event.
 * `version` grows by one with every change of the aggregate; a consumer keeps the highest it
 * has seen and ignores older ones, so events processed out of order never roll state back.
 */
export const SHOP_SAVED = 'shops.shop-saved' as const;
export const OFFER_SAVED = 'shops.offer-saved' as const;

export interface ShopSavedPayload {
  shopId: string;
  ownerId: string;
  slug: string;
  name: string;
  /** An inactive shop is hidden from buyers and none of its offers are buyable. */
  active: boolean;
  version: number;
}

export interface MoneyPayload {
  /** Integer minor units (e.g. cents); never negative. */
  amount: number;
  /** ISO 4217, three upper-case letters. */
  currency: string;
}

export interface OfferSavedPayload {
  offerId: string;
  shopId: string;
  productId: string;
  variantId: string;
  price: MoneyPayload;
  /** The "was" price shown struck through; same currency as `price` and above it. */
  compareAtPrice: MoneyPayload | null;
  active: boolean;
  version: number;
}
