import { ShippingMethod } from './shipping-method.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShippingMethodRepository {
  /** The shop's method; null if the shop has no method with that id. */
  abstract findInShop(shopId: string, methodId: string): Promise<ShippingMethod | null>;
  /** Persists the method (new or changed) and flushes the unit of work. */
  abstract save(method: ShippingMethod): Promise<void>;
  abstract remove(method: ShippingMethod): Promise<void>;
}
