import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { ShopAccess } from '../../services/shop-access';
import { GetVariantStockQuery } from './get-variant-stock.query';
import { VariantStockView, WarehouseStockView } from './variant-stock.view';

interface Row {
  id: string;
  name: string;
  priority: number;
  active: boolean;
  on_hand: number;
  reserved: number;
}

@QueryHandler(GetVariantStockQuery)
export class GetVariantStockHandler implements IQueryHandler<GetVariantStockQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
  ) {}

  async execute({ actor, shopId, variantId }: GetVariantStockQuery): Promise<VariantStockView> {
    await this.access.assertManages(actor, shopId);
    const rows = await this.em.execute<Row[]>(
      `select w.id, w.name, w.priority, w.active,
              coalesce(sl.on_hand, 0) as on_hand, coalesce(sl.reserved, 0) as reserved
         from inventory.warehouses w
         left join inventory.stock_levels sl on sl.warehouse_id = w.id and sl.variant_id = ?
        where w.shop_id = ?
        order by w.priority, w.id`,
      [variantId, shopId],
    );
    const warehouses: WarehouseStockView[] = rows.map((row) => ({
      warehouseId: row.id,
      warehouseName: row.name,
      priority: row.priority,
      active: row.active,
      onHand: row.on_hand,
      reserved: row.reserved,
      available: row.on_hand - row.reserved,
    }));
    const sum = (pick: (w: WarehouseStockView) => number, list = warehouses) =>
      list.reduce((total, w) => total + pick(w), 0);
    return {
      shopId,
      variantId,
      onHand: sum((w) => w.onHand),
      reserved: sum((w) => w.reserved),
      available: sum((w) => w.available),
      sellable: sum(
        (w) => w.available,
        warehouses.filter((w) => w.active),
      ),
      warehouses,
    };
  }
}
