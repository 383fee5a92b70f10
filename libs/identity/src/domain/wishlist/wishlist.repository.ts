export abstract class WishlistRepository {
  /** Idempotent: adding a product already on the list changes nothing. */
  abstract add(userId: string, productId: string, now: Date): Promise<void>;
  /** Returns whether something was removed. */
  abstract remove(userId: string, productId: string): Promise<boolean>;
}
