import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** Goods arrived at a warehouse: on hand rises, with a `receipt` ledger row. */
export class ReceiveStockCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
    readonly variantId: string,
    readonly quantity: number,
    readonly reference?: string,
  ) {
    super();
  }
}
