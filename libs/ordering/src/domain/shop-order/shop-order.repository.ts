import { ShopOrder } from './shop-order.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShopOrderRepository {
  /** The ShopOrder with its items, locked until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<ShopOrder | null>;
  /** Persists the ShopOrder and its new timeline entries; flushes. */
  abstract save(shopOrder: ShopOrder): Promise<void>;
}
