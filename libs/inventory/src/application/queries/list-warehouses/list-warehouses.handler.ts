import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { ShopAccess } from '../../services/shop-access';
import {
  toWarehouseView,
  WAREHOUSE_COLUMNS,
  WarehouseRow,
  WarehouseView,
} from '../get-warehouse/warehouse.view';
import { ListWarehousesQuery } from './list-warehouses.query';

@QueryHandler(ListWarehousesQuery)
export class ListWarehousesHandler implements IQueryHandler<ListWarehousesQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
  ) {}

  async execute({
    actor,
    shopId,
    limit,
    offset,
  }: ListWarehousesQuery): Promise<Page<WarehouseView>> {
    await this.access.assertManages(actor, shopId);
    const rows = await this.em.execute<(WarehouseRow & { total: string })[]>(
      `select ${WAREHOUSE_COLUMNS}, count(*) over () as total from inventory.warehouses
        where shop_id = ? order by priority, id limit ? offset ?`,
      [shopId, limit, offset],
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count(shopId);
    return { items: rows.map(toWarehouseView), total, limit, offset };
  }

  private async count(shopId: string): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: string }[]>(
      'select count(*) as n from inventory.warehouses where shop_id = ?',
      [shopId],
    );
    return Number(n);
  }
}
