import { Order } from './order.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class OrderRepository {
  /** The order with its ShopOrders and their items, not locked (for checks before a call out). */
  abstract findById(id: string): Promise<Order | null>;
  /** The order with its ShopOrders and their items, all locked until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Order | null>;
  /** Persists the order (new or changed), its ShopOrders and new timeline entries; flushes. */
  abstract save(order: Order): Promise<void>;
  /** Whether an order already has this number. */
  abstract numberTaken(number: string): Promise<boolean>;
}
