import { Command } from '@nestjs/cqrs';

/**
 * The reserved units were sold (the order was paid): on hand and reserved fall, `sale` ledger rows.
 * Idempotent: repeating it does nothing; from another final state it is INVENTORY.RESERVATION_NOT_ACTIVE.
 */
export class CommitReservationCommand extends Command<void> {
  constructor(readonly reservationId: string) {
    super();
  }
}
