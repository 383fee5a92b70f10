import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { WarehouseView } from '../get-warehouse/warehouse.view';

/** A shop's warehouses in reservation order (priority, then id). */
export class ListWarehousesQuery extends Query<Page<WarehouseView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
