import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** A correction of on hand (count, damage, loss…) with its reason; never below reserved. */
export class AdjustStockCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
    readonly variantId: string,
    readonly delta: number,
    readonly reason: string,
  ) {
    super();
  }
}
