import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MessagePageView } from './message-page.view';

/** A room's messages older than `before` (a message id; null for the newest), newest first. */
export class ListMessagesQuery extends Query<MessagePageView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly before: string | null,
    readonly limit: number,
  ) {
    super();
  }
}
