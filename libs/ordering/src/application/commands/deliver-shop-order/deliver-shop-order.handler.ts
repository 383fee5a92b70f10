import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actorOf } from '../../../domain/timeline/timeline-actor';
import { ShopAccess } from '../../services/shop-access';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { DeliverShopOrderCommand } from './deliver-shop-order.command';

@CommandHandler(DeliverShopOrderCommand)
export class DeliverShopOrderHandler implements ICommandHandler<DeliverShopOrderCommand> {
  constructor(
    private readonly desk: ShopOrderDesk,
    private readonly access: ShopAccess,
  ) {}

  async execute({ actor, shopOrderId }: DeliverShopOrderCommand): Promise<void> {
    await this.desk.change(
      shopOrderId,
      (shopOrder) => this.access.manages(actor, shopOrder.shopId),
      (shopOrder, now) => shopOrder.deliver(actorOf(actor), now),
    );
  }
}
