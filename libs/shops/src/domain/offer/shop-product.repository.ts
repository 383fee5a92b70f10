import { ShopProduct } from './shop-product.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShopProductRepository {
  /** The shop's offer, locking its row until the transaction ends; null if not in that shop. */
  abstract findInShopForUpdate(shopId: string, offerId: string): Promise<ShopProduct | null>;
  abstract existsForVariant(shopId: string, variantId: string): Promise<boolean>;
  /** Persists the offer (new or changed) and flushes the unit of work. */
  abstract save(offer: ShopProduct): Promise<void>;
}
