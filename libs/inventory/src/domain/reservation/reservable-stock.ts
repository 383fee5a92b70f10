import { StockCandidate } from './allocation-policy';

/**
 * Port for taking stock into reservations straight in the database, where concurrent
 * reservations meet: implemented with SQL in infrastructure/persistence.
 */
export abstract class ReservableStock {
  /**
   * Locks the stock of a shop's variant (every stock writer takes these locks in lockKey order)
   * and returns its levels in the shop's ACTIVE warehouses.
   */
  abstract lockCandidates(shopId: string, variantId: string): Promise<StockCandidate[]>;
  /**
   * Raises `reserved` by `quantity` only if at least that much is still available (a conditional
   * update). False when it is not; nothing changed then.
   */
  abstract reserve(warehouseId: string, variantId: string, quantity: number): Promise<boolean>;
}
