import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ShopAccess } from '../../services/shop-access';
import { StockDesk } from '../../services/stock-desk';
import { ReceiveStockCommand } from './receive-stock.command';

@CommandHandler(ReceiveStockCommand)
export class ReceiveStockHandler implements ICommandHandler<ReceiveStockCommand> {
  constructor(
    private readonly access: ShopAccess,
    private readonly desk: StockDesk,
  ) {}

  async execute(command: ReceiveStockCommand): Promise<void> {
    const { actor, shopId, warehouseId, variantId, quantity, reference } = command;
    await this.access.assertManages(actor, shopId);
    await this.access.assertVariantExists(variantId);
    await this.desk.change({ shopId, variantId, warehouseIds: [warehouseId] }, (levelIn, now) => [
      levelIn(warehouseId).receive(quantity, { reference, actorId: actor.id, now }),
    ]);
  }
}
