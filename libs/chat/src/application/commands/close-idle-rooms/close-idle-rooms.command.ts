import { Command } from '@nestjs/cqrs';

/**
 * Closes every open room without a message for `config.chat.idleCloseDays` days before `now`
 * (rooms younger than that are never idle). Returns how many it closed.
 */
export class CloseIdleRoomsCommand extends Command<number> {
  constructor(readonly now: Date = new Date()) {
    super();
  }
}
