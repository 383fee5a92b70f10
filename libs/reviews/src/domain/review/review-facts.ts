/**
 * What reviews knows of other contexts, learnt from their events (see the facts consumer):
 * who received which product, and which seller's shops sell which product.
 */
export abstract class ReviewFacts {
  /** The product exists in the catalog and is active (buyers review only those). */
  abstract isReviewable(productId: string): Promise<boolean>;
  /** The buyer has a delivered or completed order item of the product. */
  abstract hasReceived(buyerId: string, productId: string): Promise<boolean>;
  /** The ids of the seller's shops that offer (or offered) the product, in a stable order. */
  abstract shopsSelling(sellerId: string, productId: string): Promise<string[]>;
}
