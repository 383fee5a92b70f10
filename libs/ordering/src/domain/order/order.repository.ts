import { Order } from './order.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class OrderRepository {
  /** The order with its ShopOrders and their items, not locked (for checks before a call out). */
  abstract findById(id: string): Promise<Order | null>;
  /** The order with its ShopOrders and their items, all locked until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Order | null>;
  /**
   * Adds the order (new or changed), its ShopOrders and new timeline entries to the surrounding
   * transaction, which writes them when it ends (every use case runs in one).
   */
  abstract save(order: Order): void;
  /** Whether `error` is the refusal of an order number another order already has. */
  abstract isNumberClash(error: unknown): boolean;
}
