import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { SavedReplyView } from '../../queries/list-saved-replies/saved-reply.view';

/** A shop's seller changes a saved reply's title and/or body. */
export class UpdateSavedReplyCommand extends Command<SavedReplyView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly replyId: string,
    readonly changes: { title?: string; body?: string },
  ) {
    super();
  }
}
