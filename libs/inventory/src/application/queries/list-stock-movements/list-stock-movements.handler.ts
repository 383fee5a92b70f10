import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { MovementKind } from '../../../domain/stock/stock-movement.entity';
import { ShopAccess } from '../../services/shop-access';
import { ListStockMovementsQuery } from './list-stock-movements.query';
import { StockMovementView } from './stock-movement.view';

interface MovementRow {
  id: string;
  variant_id: string;
  kind: MovementKind;
  on_hand_delta: number;
  reserved_delta: number;
  reason: string | null;
  reference: string;
  actor_id: string | null;
  created_at: Date;
  total: string;
}

@QueryHandler(ListStockMovementsQuery)
export class ListStockMovementsHandler implements IQueryHandler<ListStockMovementsQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
  ) {}

  async execute(query: ListStockMovementsQuery): Promise<Page<StockMovementView>> {
    const { actor, shopId, warehouseId, variantId, limit, offset } = query;
    await this.access.assertManagesWarehouse(actor, shopId, warehouseId);
    const filter = `warehouse_id = ? and (?::uuid is null or variant_id = ?::uuid)`;
    const params = [warehouseId, variantId ?? null, variantId ?? null];
    const rows = await this.em.execute<MovementRow[]>(
      `select id, variant_id, kind, on_hand_delta, reserved_delta, reason, reference, actor_id,
              created_at, count(*) over () as total
         from inventory.stock_movements where ${filter}
        order by created_at desc, id limit ? offset ?`,
      [...params, limit, offset],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : Number(
            (
              await this.em.execute<{ total: string }[]>(
                `select count(*) as total from inventory.stock_movements where ${filter}`,
                params,
              )
            )[0].total,
          );
    return {
      items: rows.map((row) => ({
        id: row.id,
        warehouseId,
        variantId: row.variant_id,
        kind: row.kind,
        onHandDelta: row.on_hand_delta,
        reservedDelta: row.reserved_delta,
        reason: row.reason,
        reference: row.reference,
        actorId: row.actor_id,
        createdAt: new Date(row.created_at).toISOString(),
      })),
      total,
      limit,
      offset,
    };
  }
}
