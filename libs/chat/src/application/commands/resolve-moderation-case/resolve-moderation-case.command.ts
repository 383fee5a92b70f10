import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** An admin resolves a moderation case with a note. */
export class ResolveModerationCaseCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id'>,
    readonly caseId: string,
    readonly note: string,
  ) {
    super();
  }
}
