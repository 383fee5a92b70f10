import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { PostMessageResult } from '../post-message/post-message.command';

/**
 * The room's seller sends a saved reply, filled in for the room, as an ordinary message:
 * idempotent per clientMessageId like any post.
 */
export class SendSavedReplyCommand extends Command<PostMessageResult> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly replyId: string,
    readonly clientMessageId: string,
  ) {
    super();
  }
}
