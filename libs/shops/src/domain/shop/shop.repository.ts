import { Shop } from './shop.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShopRepository {
  abstract findById(id: string): Promise<Shop | null>;
  /** Loads the shop, locking its row until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Shop | null>;
  /** Whether another shop than `exceptShopId` already uses the slug. */
  abstract isSlugTaken(slug: string, exceptShopId?: string): Promise<boolean>;
  /** Persists the shop (new or changed) and flushes the unit of work. */
  abstract save(shop: Shop): Promise<void>;
}
