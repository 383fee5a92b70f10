import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReturnStockCommand } from '@pasar/inventory';
import { RequestRefundCommand } from '@pasar/payments';
import { actorOf } from '../../../domain/timeline/timeline-actor';
import { ShopAccess } from '../../services/shop-access';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { CancelShopOrderCommand } from './cancel-shop-order.command';

@CommandHandler(CancelShopOrderCommand)
export class CancelShopOrderHandler implements ICommandHandler<CancelShopOrderCommand> {
  constructor(
    private readonly desk: ShopOrderDesk,
    private readonly access: ShopAccess,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, shopOrderId, reason }: CancelShopOrderCommand): Promise<void> {
    await this.desk.change(
      shopOrderId,
      (shopOrder) => this.access.manages(actor, shopOrder.shopId),
      async (shopOrder, now) => {
        const { refundAmount } = shopOrder.cancel('seller_cancelled', actorOf(actor), now, reason);
        const { orderId, shopId } = shopOrder;
        if (refundAmount > 0) {
          await this.commands.execute(
            new RequestRefundCommand(orderId, shopOrder.id, refundAmount, reason),
          );
        }
        await this.commands.execute(new ReturnStockCommand(orderId, shopId));
      },
    );
  }
}
