import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockCandidate } from '../../domain/reservation/allocation-policy';
import { ReservableStock } from '../../domain/reservation/reservable-stock';
import { lockStock } from './stock-locks';

@Injectable()
export class SqlReservableStock extends ReservableStock {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async lockCandidates(shopId: string, variantId: string): Promise<StockCandidate[]> {
    await lockStock(this.em, [{ shopId, variantId }]);
    const rows = await this.em.execute<
      { warehouse_id: string; priority: number; available: number }[]
    >(
      `select sl.warehouse_id, w.priority, sl.on_hand - sl.reserved as available
         from inventory.stock_levels sl
         join inventory.warehouses w on w.id = sl.warehouse_id
        where sl.shop_id = ? and sl.variant_id = ? and w.active
        order by sl.warehouse_id, sl.variant_id
          for update of sl`,
      [shopId, variantId],
    );
    return rows.map((row) => ({
      warehouseId: row.warehouse_id,
      priority: row.priority,
      available: row.available,
    }));
  }

  async reserve(warehouseId: string, variantId: string, quantity: number): Promise<boolean> {
    const rows = await this.em.execute(
      `update inventory.stock_levels
          set reserved = reserved + ?, updated_at = now()
        where warehouse_id = ? and variant_id = ? and on_hand - reserved >= ?
        returning warehouse_id`,
      [quantity, warehouseId, variantId, quantity],
    );
    return rows.length === 1;
  }
}
