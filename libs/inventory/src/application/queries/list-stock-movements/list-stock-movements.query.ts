import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { StockMovementView } from './stock-movement.view';

/** A warehouse's ledger, newest first, optionally for one variant. */
export class ListStockMovementsQuery extends Query<Page<StockMovementView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
    readonly variantId: string | undefined,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
