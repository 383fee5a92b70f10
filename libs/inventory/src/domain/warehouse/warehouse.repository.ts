import { Warehouse } from './warehouse.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class WarehouseRepository {
  /** The warehouse, locked until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Warehouse | null>;
  /** Every warehouse of a shop, active or not. */
  abstract findByShop(shopId: string): Promise<Warehouse[]>;
  /** Persists the warehouse (new or changed) and flushes the unit of work. */
  abstract save(warehouse: Warehouse): Promise<void>;
}
