import { Command } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { MessageView } from '../../queries/get-room/message.view';

/**
 * A participant writes in a room. Idempotent per (room, sender, clientMessageId): a resend
 * returns the stored message with `created: false`.
 */
export class PostMessageCommand extends Command<{ message: MessageView; created: boolean }> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly roomId: string,
    readonly clientMessageId: string,
    readonly text: string,
  ) {
    super();
  }
}
