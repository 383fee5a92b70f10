import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ShopAccess } from '../../services/shop-access';
import { ListWarehouseStockQuery } from './list-warehouse-stock.query';
import { StockLevelView } from './stock-level.view';

interface LevelRow {
  variant_id: string;
  on_hand: number;
  reserved: number;
  updated_at: Date;
  total: string;
}

@QueryHandler(ListWarehouseStockQuery)
export class ListWarehouseStockHandler implements IQueryHandler<ListWarehouseStockQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
  ) {}

  async execute(query: ListWarehouseStockQuery): Promise<Page<StockLevelView>> {
    const { actor, shopId, warehouseId, limit, offset } = query;
    await this.access.assertManagesWarehouse(actor, shopId, warehouseId);
    const rows = await this.em.execute<LevelRow[]>(
      `select variant_id, on_hand, reserved, updated_at, count(*) over () as total
         from inventory.stock_levels where warehouse_id = ?
        order by variant_id limit ? offset ?`,
      [warehouseId, limit, offset],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(warehouseId);
    return {
      items: rows.map((row) => ({
        warehouseId,
        variantId: row.variant_id,
        onHand: row.on_hand,
        reserved: row.reserved,
        available: row.on_hand - row.reserved,
        updatedAt: new Date(row.updated_at).toISOString(),
      })),
      total,
      limit,
      offset,
    };
  }

  private async count(warehouseId: string): Promise<number> {
    const [row] = await this.em.execute<{ total: string }[]>(
      'select count(*) as total from inventory.stock_levels where warehouse_id = ?',
      [warehouseId],
    );
    return Number(row.total);
  }
}
