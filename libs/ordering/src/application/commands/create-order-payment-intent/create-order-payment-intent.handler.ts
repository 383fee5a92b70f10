import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CreatePaymentIntentCommand, PaymentIntentView } from '@pasar/payments';
import { orderNotFound } from '../../../domain/order/order.errors';
import { OrderRepository } from '../../../domain/order/order.repository';
import { CreateOrderPaymentIntentCommand } from './create-order-payment-intent.command';

@CommandHandler(CreateOrderPaymentIntentCommand)
export class CreateOrderPaymentIntentHandler implements ICommandHandler<CreateOrderPaymentIntentCommand> {
  constructor(
    private readonly orders: OrderRepository,
    private readonly commands: CommandBus,
  ) {}

  async execute({ actor, orderId }: CreateOrderPaymentIntentCommand): Promise<PaymentIntentView> {
    const order = await this.orders.findById(orderId);
    if (!order || order.buyerId !== actor.id) throw orderNotFound(orderId);
    order.assertPayable(new Date());
    return this.commands.execute(
      new CreatePaymentIntentCommand(order.id, order.buyerId, order.total, order.currency),
    );
  }
}
