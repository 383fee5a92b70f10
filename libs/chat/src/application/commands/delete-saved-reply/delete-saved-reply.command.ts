import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';

/** A shop's seller deletes a saved reply (messages already sent with it stay). */
export class DeleteSavedReplyCommand extends Command<void> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly replyId: string,
  ) {
    super();
  }
}
