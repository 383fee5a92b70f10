import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockLevel } from '../../domain/stock/stock-level.entity';
import { StockLevelRepository } from '../../domain/stock/stock-level.repository';
import { StockMovement } from '../../domain/stock/stock-movement.entity';
import { warehouseNotFound } from '../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../domain/warehouse/warehouse.repository';
import { availabilityAfter } from './availability';

/**
 * Load-change-save for one variant's stock in some warehouses of a shop: under the variant's
 * stock lock, creating missing levels, writing the ledger rows the change returns, and
 * announcing the shop's new availability, all in one transaction.
 */
@Injectable()
export class StockDesk {
  constructor(
    private readonly em: EntityManager,
    private readonly warehouses: WarehouseRepository,
    private readonly levels: StockLevelRepository,
  ) {}

  change(
    target: { shopId: string; variantId: string; warehouseIds: string[] },
    apply: (levelIn: (warehouseId: string) => StockLevel, now: Date) => StockMovement[],
  ): Promise<void> {
    const { shopId, variantId, warehouseIds } = target;
    return this.em.transactional(async () => {
      const now = new Date();
      const shopWarehouses = await this.warehouses.findByShop(shopId);
      const involved = warehouseIds.map((id) => {
        const warehouse = shopWarehouses.find((w) => w.id === id);
        if (!warehouse) throw warehouseNotFound(id);
        return warehouse;
      });
      const existing = await this.levels.lockVariants([{ shopId, variantId }]);
      const levels = involved.map(
        (w) =>
          existing.find((l) => l.warehouseId === w.id) ??
          StockLevel.open({ shopId, warehouseId: w.id, variantId, now }),
      );
      const movements = apply((id) => levels[warehouseIds.indexOf(id)], now);
      const after = new Set([...existing, ...levels]);
      const [change] = availabilityAfter([{ shopId, variantId }], [...after], shopWarehouses);
      involved[0].announceAvailability([change]);
      await this.levels.save(levels, movements);
    });
  }
}
