import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReleasePromotionRedemptionCommand } from '@pasar/cart';
import { CommitReservationCommand, ReservationNotActiveError } from '@pasar/inventory';
import { RequestRefundCommand } from '@pasar/payments';
import { Order } from '../../../domain/order/order.aggregate';
import { OrderDesk } from '../../services/order-desk';
import { MarkOrderPaidCommand } from './mark-order-paid.command';

/**
 * Runs under the order's row lock, and commits the stock under the reservation's: a payment and
 * the reservation's expiry cannot both win. Whichever settles the reservation first decides.
 */
@CommandHandler(MarkOrderPaidCommand)
export class MarkOrderPaidHandler implements ICommandHandler<MarkOrderPaidCommand> {
  constructor(
    private readonly desk: OrderDesk,
    private readonly commands: CommandBus,
  ) {}

  execute({ orderId, paymentId, amount }: MarkOrderPaidCommand): Promise<void> {
    return this.desk.change(orderId, async (order, now) => {
      if (order.status === 'pending_payment') {
        if (await this.commitStock(order)) {
          order.markPaid(paymentId, now);
          return;
        }
        // The hold ran out before the money arrived: the order expires here, not later.
        order.expire(now);
        if (order.promotionId) {
          await this.commands.execute(new ReleasePromotionRedemptionCommand(order.id));
        }
      }
      if (order.status === 'cancelled') {
        const reason = order.refuseLatePayment(paymentId, now);
        await this.commands.execute(new RequestRefundCommand(order.id, order.id, amount, reason));
      }
    });
  }

  /** True when the stock is now sold to this order; false when its reservation had ended. */
  private async commitStock(order: Order): Promise<boolean> {
    if (!order.reservationId) return false;
    try {
      await this.commands.execute(new CommitReservationCommand(order.reservationId));
      return true;
    } catch (error) {
      if (error instanceof ReservationNotActiveError) return false;
      throw error;
    }
  }
}
