import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { WarehouseView } from './warehouse.view';

/** One warehouse of a shop, for the shop's owner or an admin; anyone else gets a 404. */
export class GetWarehouseQuery extends Query<WarehouseView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
  ) {
    super();
  }
}
