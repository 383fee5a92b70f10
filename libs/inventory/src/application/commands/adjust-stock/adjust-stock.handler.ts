import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ShopAccess } from '../../services/shop-access';
import { StockDesk } from '../../services/stock-desk';
import { AdjustStockCommand } from './adjust-stock.command';

@CommandHandler(AdjustStockCommand)
export class AdjustStockHandler implements ICommandHandler<AdjustStockCommand> {
  constructor(
    private readonly access: ShopAccess,
    private readonly desk: StockDesk,
  ) {}

  async execute(command: AdjustStockCommand): Promise<void> {
    const { actor, shopId, warehouseId, variantId, delta, reason } = command;
    await this.access.assertManages(actor, shopId);
    await this.access.assertVariantExists(variantId);
    await this.desk.change({ shopId, variantId, warehouseIds: [warehouseId] }, (levelIn, now) => [
      levelIn(warehouseId).adjust(delta, reason, { actorId: actor.id, now }),
    ]);
  }
}
