import { Command } from '@nestjs/cqrs';

/**
 * A paid ShopOrder was cancelled: the units its shop sold under the committed reservation
 * `reference` go back on hand in the warehouses they left ('return' ledger rows). Once per
 * (reference, shop): repeating it changes nothing.
 */
export class ReturnStockCommand extends Command<void> {
  constructor(
    readonly reference: string,
    readonly shopId: string,
  ) {
    super();
  }
}
