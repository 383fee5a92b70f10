import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockLevel } from '../../domain/stock/stock-level.entity';
import { StockLevelRepository, VariantKey } from '../../domain/stock/stock-level.repository';
import { StockMovement } from '../../domain/stock/stock-movement.entity';
import { lockStock } from './stock-locks';

@Injectable()
export class MikroOrmStockLevelRepository extends StockLevelRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async lockVariants(keys: VariantKey[]): Promise<StockLevel[]> {
    if (keys.length === 0) return [];
    await lockStock(this.em, keys);
    return this.em.find(
      StockLevel,
      { $or: keys.map(({ shopId, variantId }) => ({ shopId, variantId })) },
      {
        lockMode: LockMode.PESSIMISTIC_WRITE,
        orderBy: { warehouseId: 'asc', variantId: 'asc' },
        refresh: true,
      },
    );
  }

  async variantIdsIn(warehouseId: string): Promise<string[]> {
    const rows = await this.em.execute<{ variant_id: string }[]>(
      'select variant_id from inventory.stock_levels where warehouse_id = ? order by variant_id',
      [warehouseId],
    );
    return rows.map((row) => row.variant_id);
  }

  async save(levels: StockLevel[], movements: StockMovement[]): Promise<void> {
    await this.em.persist([...levels, ...movements]).flush();
  }
}
