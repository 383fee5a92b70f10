/** What another context needs to sell an offer: its price and whether it and its shop trade. */
export interface OfferSummary {
  id: string;
  shopId: string;
  shopName: string;
  shopActive: boolean;
  variantId: string;
  productId: string;
  /** Integer minor units of an ISO 4217 currency. */
  price: { amount: number; currency: string };
  active: boolean;
}
