import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReleasePromotionRedemptionCommand } from '@pasar/cart';
import { ReleaseReservationCommand, ReservationNotActiveError } from '@pasar/inventory';
import { orderNotFound } from '../../../domain/order/order.errors';
import { actorOf } from '../../../domain/timeline/timeline-actor';
import { OrderDesk } from '../../services/order-desk';
import { CancelOrderCommand } from './cancel-order.command';

@CommandHandler(CancelOrderCommand)
export class CancelOrderHandler implements ICommandHandler<CancelOrderCommand> {
  constructor(
    private readonly desk: OrderDesk,
    private readonly commands: CommandBus,
  ) {}

  execute({ actor, orderId }: CancelOrderCommand): Promise<void> {
    const missing = () => orderNotFound(orderId);
    return this.desk.change(
      orderId,
      async (order, now) => {
        if (order.buyerId !== actor.id) throw missing();
        order.cancel(actorOf(actor), now);
        if (order.reservationId) await this.release(order.reservationId);
        if (order.promotionId) {
          await this.commands.execute(new ReleasePromotionRedemptionCommand(order.id));
        }
      },
      missing,
    );
  }

  /** Gives the stock back; a reservation that already expired gave it back by itself. */
  private async release(reservationId: string): Promise<void> {
    try {
      await this.commands.execute(new ReleaseReservationCommand(reservationId));
    } catch (error) {
      const expired =
        error instanceof ReservationNotActiveError && error.details?.status === 'expired';
      if (!expired) throw error;
    }
  }
}
