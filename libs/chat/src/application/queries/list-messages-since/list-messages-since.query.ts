import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MessagesSinceView } from './messages-since.view';

/** A room's messages after number `afterSeq`, oldest first: what a client missed. */
export class ListMessagesSinceQuery extends Query<MessagesSinceView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly afterSeq: number,
    readonly limit: number,
  ) {
    super();
  }
}
