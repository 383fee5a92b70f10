import { Product } from './product.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ProductRepository {
  /** Loads the product with its variants and images, locking its row until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Product | null>;
  /** Persists the product (new or changed) and flushes the unit of work. */
  abstract save(product: Product): Promise<void>;
}
