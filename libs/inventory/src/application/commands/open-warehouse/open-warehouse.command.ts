import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { WarehouseAddressFields } from '../../../domain/warehouse/warehouse-address.vo';

export class OpenWarehouseCommand extends Command<{ warehouseId: string }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly name: string,
    readonly address: WarehouseAddressFields,
    readonly priority?: number,
  ) {
    super();
  }
}
