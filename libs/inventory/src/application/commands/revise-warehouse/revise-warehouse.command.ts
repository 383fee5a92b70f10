import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { WarehouseChanges } from '../../../domain/warehouse/warehouse.aggregate';

/** Renames, moves, reprioritizes and/or (de)activates a warehouse; only given fields change. */
export class ReviseWarehouseCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly warehouseId: string,
    readonly changes: WarehouseChanges & { active?: boolean },
  ) {
    super();
  }
}
