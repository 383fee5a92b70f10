import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SameWarehouseTransferError } from '../../../domain/stock/stock.errors';
import { ShopAccess } from '../../services/shop-access';
import { StockDesk } from '../../services/stock-desk';
import { TransferStockCommand } from './transfer-stock.command';

@CommandHandler(TransferStockCommand)
export class TransferStockHandler implements ICommandHandler<TransferStockCommand> {
  constructor(
    private readonly access: ShopAccess,
    private readonly desk: StockDesk,
  ) {}

  async execute(command: TransferStockCommand): Promise<{ transferId: string }> {
    const { actor, shopId, fromWarehouseId, toWarehouseId, variantId, quantity } = command;
    await this.access.assertManages(actor, shopId);
    if (fromWarehouseId === toWarehouseId) throw new SameWarehouseTransferError();
    const transferId = randomUUID();
    const warehouseIds = [fromWarehouseId, toWarehouseId];
    await this.desk.change({ shopId, variantId, warehouseIds }, (levelIn, now) => {
      const ctx = { reference: transferId, actorId: actor.id, now };
      return [
        levelIn(fromWarehouseId).transferOut(quantity, ctx),
        levelIn(toWarehouseId).transferIn(quantity, ctx),
      ];
    });
    return { transferId };
  }
}
