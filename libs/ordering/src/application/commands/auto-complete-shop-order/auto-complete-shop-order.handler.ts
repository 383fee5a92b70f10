import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SYSTEM } from '../../../domain/timeline/timeline-actor';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { AutoCompleteShopOrderCommand } from './auto-complete-shop-order.command';

@CommandHandler(AutoCompleteShopOrderCommand)
export class AutoCompleteShopOrderHandler implements ICommandHandler<AutoCompleteShopOrderCommand> {
  constructor(private readonly desk: ShopOrderDesk) {}

  execute({ shopOrderId }: AutoCompleteShopOrderCommand): Promise<void> {
    return this.desk.changeIfExists(shopOrderId, (shopOrder, now) => {
      if (shopOrder.status === 'delivered') shopOrder.complete(SYSTEM, now);
    });
  }
}
