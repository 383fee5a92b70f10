import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { VariantStockView } from './variant-stock.view';

/** A variant's stock in each of a shop's warehouses, and in total. */
export class GetVariantStockQuery extends Query<VariantStockView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly variantId: string,
  ) {
    super();
  }
}
