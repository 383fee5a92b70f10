import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** Ends the caller's session: its refresh family and the access token in hand. */
export class LogoutCommand extends Command<void> {
  constructor(readonly actor: Actor) {
    super();
  }
}
