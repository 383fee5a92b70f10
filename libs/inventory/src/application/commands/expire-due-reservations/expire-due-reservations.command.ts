import { Command } from '@nestjs/cqrs';

/**
 * Expires, in one transaction, up to `limit` active reservations whose deadline has passed,
 * skipping any another transaction holds (a payment committing it, another batch). Answers how
 * many it expired: fewer than `limit` means none was left due (or all were busy).
 */
export class ExpireDueReservationsCommand extends Command<number> {
  constructor(readonly limit: number) {
    super();
  }
}
