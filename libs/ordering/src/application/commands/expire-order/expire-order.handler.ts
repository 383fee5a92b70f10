import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReleasePromotionRedemptionCommand } from '@pasar/cart';
import { OrderDesk } from '../../services/order-desk';
import { ExpireOrderCommand } from './expire-order.command';

@CommandHandler(ExpireOrderCommand)
export class ExpireOrderHandler implements ICommandHandler<ExpireOrderCommand> {
  constructor(
    private readonly desk: OrderDesk,
    private readonly commands: CommandBus,
  ) {}

  execute({ orderId }: ExpireOrderCommand): Promise<void> {
    return this.desk.change(orderId, async (order, now) => {
      if (order.expire(now) && order.promotionId) {
        await this.commands.execute(new ReleasePromotionRedemptionCommand(order.id));
      }
    });
  }
}
