import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReservationSettler } from '../../services/reservation-settler';
import { CommitReservationCommand } from './commit-reservation.command';

@CommandHandler(CommitReservationCommand)
export class CommitReservationHandler implements ICommandHandler<CommitReservationCommand> {
  constructor(private readonly settler: ReservationSettler) {}

  execute({ reservationId }: CommitReservationCommand): Promise<void> {
    return this.settler.settle(reservationId, (reservation, now) => reservation.commit(now));
  }
}
