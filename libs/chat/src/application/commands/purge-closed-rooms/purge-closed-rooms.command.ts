import { Command } from '@nestjs/cqrs';

/**
 * Retention: deletes the messages and read markers of every room closed for more than
 * `config.chat.retentionDays` days at `now` and not on hold, keeping the room as an empty shell
 * (`purgedAt` set). Returns how many rooms it purged.
 */
export class PurgeClosedRoomsCommand extends Command<number> {
  constructor(readonly now: Date = new Date()) {
    super();
  }
}
