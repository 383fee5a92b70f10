import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { StockLevelView } from './stock-level.view';

/** Every variant a warehouse holds, by variant id. */
export class ListWarehouseStockQuery extends Query<Page<StockLevelView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
