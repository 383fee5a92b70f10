import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReservationSettler } from '../../services/reservation-settler';
import { ReleaseReservationCommand } from './release-reservation.command';

@CommandHandler(ReleaseReservationCommand)
export class ReleaseReservationHandler implements ICommandHandler<ReleaseReservationCommand> {
  constructor(private readonly settler: ReservationSettler) {}

  execute({ reservationId }: ReleaseReservationCommand): Promise<void> {
    return this.settler.settle(reservationId, (reservation, now) => reservation.release(now));
  }
}
