import { Command } from '@nestjs/cqrs';

/**
 * The hold ran out (from the delayed job or the sweeper): like a release, only once `expiresAt` passed.
 * Idempotent: repeating it does nothing; from another final state it is INVENTORY.RESERVATION_NOT_ACTIVE.
 */
export class ExpireReservationCommand extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
