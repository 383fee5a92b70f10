import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MessageView } from '../../queries/get-room/message.view';
import { ContentRequest } from '../../services/message-cards';

export interface PostMessageResult {
  /** As the sender reads it. */
  message: MessageView;
  /**
   * As the room's sockets get it: the full view (original text and `maskedText`), which each
   * participant's socket masks (`participantView`) and admins' sockets keep.
   */
  broadcast: MessageView;
  created: boolean;
  /**
   * The shop's automatic reply this message caused (stored; still to broadcast), if any, as the
   * room's sockets get it: the full view, like `broadcast`.
   */
  autoReply: MessageView | null;
}

/**
 * A participant writes in a room: text, or (`content`) an uploaded image or a product or order
 * card, with the text as an optional caption. Idempotent per (room, sender, clientMessageId): a resend
 * returns the stored message with `created: false`.
 */
export class PostMessageCommand extends Command<PostMessageResult> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly clientMessageId: string,
    readonly text: string,
    readonly content: ContentRequest = { type: 'text' },
  ) {
    super();
  }
}
