import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReservationSettler } from '../../services/reservation-settler';
import { ExpireReservationCommand } from './expire-reservation.command';

@CommandHandler(ExpireReservationCommand)
export class ExpireReservationHandler implements ICommandHandler<ExpireReservationCommand> {
  constructor(private readonly settler: ReservationSettler) {}

  execute({ reservationId }: ExpireReservationCommand): Promise<void> {
    return this.settler.settle(reservationId, (reservation, now) => reservation.expire(now));
  }
}
