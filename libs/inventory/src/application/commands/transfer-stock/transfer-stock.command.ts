import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/**
 * Moves available (never reserved) units between two warehouses of one shop, atomically: a
 * `transfer_out` and a `transfer_in` ledger row sharing the returned transfer id as reference.
 */
export class TransferStockCommand extends Command<{ transferId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly fromWarehouseId: string,
    readonly toWarehouseId: string,
    readonly variantId: string,
    readonly quantity: number,
  ) {
    super();
  }
}
