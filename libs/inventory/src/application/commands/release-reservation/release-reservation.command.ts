import { Command } from '@nestjs/cqrs';

/**
 * The reserved units go back to available stock (e.g. the order was cancelled): `release` rows.
 * Idempotent: repeating it does nothing; from another final state it is INVENTORY.RESERVATION_NOT_ACTIVE.
 */
export class ReleaseReservationCommand extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
