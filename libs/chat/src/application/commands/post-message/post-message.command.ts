import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MessageView } from '../../queries/get-room/message.view';

export interface PostMessageResult {
  message: MessageView;
  created: boolean;
  /** The shop's automatic reply this message caused (stored; still to broadcast), if any. */
  autoReply: MessageView | null;
}

/**
 * A participant writes in a room. Idempotent per (room, sender, clientMessageId): a resend
 * returns the stored message with `created: false`.
 */
export class PostMessageCommand extends Command<PostMessageResult> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly clientMessageId: string,
    readonly text: string,
  ) {
    super();
  }
}
