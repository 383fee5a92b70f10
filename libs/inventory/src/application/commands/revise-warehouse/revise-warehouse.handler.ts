import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { StockLevelRepository } from '../../../domain/stock/stock-level.repository';
import { warehouseNotFound } from '../../../domain/warehouse/warehouse.errors';
import { WarehouseRepository } from '../../../domain/warehouse/warehouse.repository';
import { availabilityAfter } from '../../services/availability';
import { ShopAccess } from '../../services/shop-access';
import { ReviseWarehouseCommand } from './revise-warehouse.command';

@CommandHandler(ReviseWarehouseCommand)
export class ReviseWarehouseHandler implements ICommandHandler<ReviseWarehouseCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly access: ShopAccess,
    private readonly warehouses: WarehouseRepository,
    private readonly levels: StockLevelRepository,
  ) {}

  async execute({ actor, shopId, warehouseId, changes }: ReviseWarehouseCommand): Promise<void> {
    await this.access.assertManages(actor, shopId);
    await this.em.transactional(async () => {
      const now = new Date();
      const warehouse = await this.warehouses.findByIdForUpdate(warehouseId);
      if (!warehouse || warehouse.shopId !== shopId) throw warehouseNotFound(warehouseId);
      const { active, ...fields } = changes;
      warehouse.revise(fields, now);
      if (active !== undefined && warehouse.setActive(active, now)) {
        // The shop can now sell more or less of everything this warehouse holds.
        const keys = (await this.levels.variantIdsIn(warehouseId)).map((variantId) => ({
          shopId,
          variantId,
        }));
        const levels = await this.levels.lockVariants(keys);
        const shopWarehouses = await this.warehouses.findByShop(shopId);
        warehouse.announceAvailability(availabilityAfter(keys, levels, shopWarehouses));
      }
      await this.warehouses.save(warehouse);
    });
  }
}
