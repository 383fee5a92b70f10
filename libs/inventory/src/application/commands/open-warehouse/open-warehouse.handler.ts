import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Warehouse } from '../../../domain/warehouse/warehouse.aggregate';
import { WarehouseRepository } from '../../../domain/warehouse/warehouse.repository';
import { ShopAccess } from '../../services/shop-access';
import { OpenWarehouseCommand } from './open-warehouse.command';

@CommandHandler(OpenWarehouseCommand)
export class OpenWarehouseHandler implements ICommandHandler<OpenWarehouseCommand> {
  constructor(
    private readonly access: ShopAccess,
    private readonly warehouses: WarehouseRepository,
  ) {}

  async execute(command: OpenWarehouseCommand): Promise<{ warehouseId: string }> {
    await this.access.assertManages(command.actor, command.shopId);
    const warehouse = Warehouse.open({
      shopId: command.shopId,
      name: command.name,
      address: command.address,
      priority: command.priority,
      now: new Date(),
    });
    await this.warehouses.save(warehouse);
    return { warehouseId: warehouse.id };
  }
}
