import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actorOf } from '../../../domain/timeline/timeline-actor';
import { ShopAccess } from '../../services/shop-access';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { ShipShopOrderCommand } from './ship-shop-order.command';

@CommandHandler(ShipShopOrderCommand)
export class ShipShopOrderHandler implements ICommandHandler<ShipShopOrderCommand> {
  constructor(
    private readonly desk: ShopOrderDesk,
    private readonly access: ShopAccess,
  ) {}

  async execute({
    actor,
    shopOrderId,
    carrier,
    trackingNumber,
  }: ShipShopOrderCommand): Promise<void> {
    await this.desk.change(
      shopOrderId,
      (shopOrder) => this.access.manages(actor, shopOrder.shopId),
      (shopOrder, now) => shopOrder.ship({ carrier, trackingNumber }, actorOf(actor), now),
    );
  }
}
