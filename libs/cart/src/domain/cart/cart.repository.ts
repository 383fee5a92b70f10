import { Cart } from './cart.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class CartRepository {
  /**
   * The buyer's cart with its lines, locked until the transaction ends. When it returns null,
   * the transaction holds the buyer's cart lock, so opening a new cart cannot race another.
   */
  abstract findByBuyerForUpdate(buyerId: string): Promise<Cart | null>;
  /** Persists the cart (new or changed) with its lines and flushes the unit of work. */
  abstract save(cart: Cart): Promise<void>;
  /**
   * Empties the buyer's cart (no lines, no currency, no promotion) in one statement, without
   * loading it: checkout runs this on every order. No-op when the buyer has no cart.
   */
  abstract empty(buyerId: string, now: Date): Promise<void>;
}
