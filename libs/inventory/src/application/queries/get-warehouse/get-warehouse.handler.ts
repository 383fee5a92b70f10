import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { warehouseNotFound } from '../../../domain/warehouse/warehouse.errors';
import { ShopAccess } from '../../services/shop-access';
import { GetWarehouseQuery } from './get-warehouse.query';
import { toWarehouseView, WAREHOUSE_COLUMNS, WarehouseRow, WarehouseView } from './warehouse.view';

@QueryHandler(GetWarehouseQuery)
export class GetWarehouseHandler implements IQueryHandler<GetWarehouseQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
  ) {}

  async execute({ actor, shopId, warehouseId }: GetWarehouseQuery): Promise<WarehouseView> {
    await this.access.assertManages(actor, shopId);
    const [row] = await this.em.execute<WarehouseRow[]>(
      `select ${WAREHOUSE_COLUMNS} from inventory.warehouses where id = ? and shop_id = ?`,
      [warehouseId, shopId],
    );
    if (!row) throw warehouseNotFound(warehouseId);
    return toWarehouseView(row);
  }
}
