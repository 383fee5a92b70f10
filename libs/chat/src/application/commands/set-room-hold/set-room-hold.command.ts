import { Command } from '@nestjs/cqrs';

/**
 * An admin puts a room on hold with a reason (retention never purges it), replacing any hold,
 * or (reason null) lifts whatever hold it has. Idempotent; an unknown room is a 404.
 */
export class SetRoomHoldCommand extends Command<void> {
  constructor(
    readonly roomId: string,
    readonly reason: string | null,
  ) {
    super();
  }
}
