import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { SavedReplyView } from '../../queries/list-saved-replies/saved-reply.view';

/** A shop's seller saves a reply (title unique in the shop; body may use variables). */
export class CreateSavedReplyCommand extends Command<SavedReplyView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly title: string,
    readonly body: string,
  ) {
    super();
  }
}
