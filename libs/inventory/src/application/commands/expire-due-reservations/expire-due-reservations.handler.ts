import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReservationSettler } from '../../services/reservation-settler';
import { ExpireDueReservationsCommand } from './expire-due-reservations.command';

@CommandHandler(ExpireDueReservationsCommand)
export class ExpireDueReservationsHandler implements ICommandHandler<ExpireDueReservationsCommand> {
  constructor(private readonly settler: ReservationSettler) {}

  execute({ limit }: ExpireDueReservationsCommand): Promise<number> {
    return this.settler.expireDue(limit);
  }
}
