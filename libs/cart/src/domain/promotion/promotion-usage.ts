/**
 * Counting uses so that concurrent checkouts can never exceed a promotion's limits (a port,
 * implemented in SQL). Every method runs inside the caller's transaction.
 */
export abstract class PromotionUsage {
  /** Serializes redemptions of one promotion by one buyer until the transaction ends. */
  abstract lockBuyer(promotionId: string, buyerId: string): Promise<void>;
  /** The buyer's redemptions of the promotion that were not released. */
  abstract buyerUses(promotionId: string, buyerId: string): Promise<number>;
  /** Counts one use if the total limit allows it (a conditional update); false if used up. */
  abstract take(promotionId: string): Promise<boolean>;
  /** Gives one use back. */
  abstract giveBack(promotionId: string): Promise<void>;
}
