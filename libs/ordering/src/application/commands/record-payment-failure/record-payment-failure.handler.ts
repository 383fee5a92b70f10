import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OrderDesk } from '../../services/order-desk';
import { RecordPaymentFailureCommand } from './record-payment-failure.command';

@CommandHandler(RecordPaymentFailureCommand)
export class RecordPaymentFailureHandler implements ICommandHandler<RecordPaymentFailureCommand> {
  constructor(private readonly desk: OrderDesk) {}

  execute({ orderId, paymentId, failureReason }: RecordPaymentFailureCommand): Promise<void> {
    return this.desk.change(orderId, async (order, now) =>
      order.notePaymentFailed(paymentId, failureReason, now),
    );
  }
}
