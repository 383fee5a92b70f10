import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { actorOf } from '../../../domain/timeline/timeline-actor';
import { ShopOrderDesk } from '../../services/shop-order-desk';
import { ConfirmDeliveryCommand } from './confirm-delivery.command';

@CommandHandler(ConfirmDeliveryCommand)
export class ConfirmDeliveryHandler implements ICommandHandler<ConfirmDeliveryCommand> {
  constructor(private readonly desk: ShopOrderDesk) {}

  async execute({ actor, shopOrderId }: ConfirmDeliveryCommand): Promise<{ orderId: string }> {
    const shopOrder = await this.desk.change(
      shopOrderId,
      (candidate) => candidate.buyerId === actor.id,
      (candidate, now) => candidate.complete(actorOf(actor), now),
    );
    return { orderId: shopOrder.orderId };
  }
}
