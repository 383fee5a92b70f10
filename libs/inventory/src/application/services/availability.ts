import { shopAvailable } from '../../domain/stock/availability';
import { StockLevel } from '../../domain/stock/stock-level.entity';
import { VariantKey } from '../../domain/stock/stock-level.repository';
import { Warehouse } from '../../domain/warehouse/warehouse.aggregate';

/**
 * What each shop can sell of each variant after a change, from the locked levels and the shops'
 * warehouses (only active ones count).
 */
export function availabilityAfter(
  keys: readonly VariantKey[],
  levels: readonly StockLevel[],
  warehouses: readonly Warehouse[],
): (VariantKey & { available: number })[] {
  const active = new Set(warehouses.filter((w) => w.active).map((w) => w.id));
  return keys.map(({ shopId, variantId }) => ({
    shopId,
    variantId,
    available: shopAvailable(
      levels.filter((l) => l.shopId === shopId && l.variantId === variantId),
      active,
    ),
  }));
}
