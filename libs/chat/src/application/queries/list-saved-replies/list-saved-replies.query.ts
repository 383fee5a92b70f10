import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { SavedReplyView } from './saved-reply.view';

/** A shop's saved replies for its seller (or an admin), by title. */
export class ListSavedRepliesQuery extends Query<Page<SavedReplyView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
