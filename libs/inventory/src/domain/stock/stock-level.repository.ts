import { StockLevel } from './stock-level.entity';
import { StockMovement } from './stock-movement.entity';

export interface VariantKey {
  shopId: string;
  variantId: string;
}

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class StockLevelRepository {
  /**
   * Locks the stock of each (shop, variant), in lockKey order so concurrent writers cannot
   * deadlock, and returns every existing level of them, locked until the transaction ends.
   */
  abstract lockVariants(keys: VariantKey[]): Promise<StockLevel[]>;
  /** The variants a warehouse has ever held stock of. */
  abstract variantIdsIn(warehouseId: string): Promise<string[]>;
  /** Persists the levels (new or changed) and their ledger rows, and flushes. */
  abstract save(levels: StockLevel[], movements: StockMovement[]): Promise<void>;
}
