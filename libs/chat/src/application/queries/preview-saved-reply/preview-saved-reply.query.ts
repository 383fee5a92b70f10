import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { RenderedReplyView } from './rendered-reply.view';

/** A saved reply as it would be sent into a room (for the room's seller). */
export class PreviewSavedReplyQuery extends Query<RenderedReplyView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly replyId: string,
  ) {
    super();
  }
}
