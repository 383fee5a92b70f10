import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { AttachmentAlreadySentError } from '../../../domain/room/chat.errors';
import { viewOfMessage } from '../../queries/get-room/message.view';
import { AutoReplier } from '../../services/auto-replier';
import { MessageCards } from '../../services/message-cards';
import { MessageWriter } from '../../services/message-writer';
import { RoomAccess } from '../../services/room-access';
import { SenderNames } from '../../services/sender-names';
import { PostMessageCommand, PostMessageResult } from './post-message.command';

/** Broadcasts carry the full view; each participant's socket masks it (`participantView`). */
const BROADCAST_VIEWER = { role: 'admin' } as const;

/**
 * Checks the sender may write in the room, takes the snapshot of its card (if any), then hands
 * the message to the group commit. A new message from the buyer may get the shop's automatic
 * reply (away, outside business hours).
 */
@CommandHandler(PostMessageCommand)
export class PostMessageHandler implements ICommandHandler<PostMessageCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly writer: MessageWriter,
    private readonly senders: SenderNames,
    private readonly autoReplier: AutoReplier,
    private readonly cards: MessageCards,
  ) {}

  async execute(command: PostMessageCommand): Promise<PostMessageResult> {
    const { actor, roomId, clientMessageId, text } = command;
    const { room, role } = await this.access.writable(actor, roomId);
    const content = await this.cards.contentOf(room, actor, command.content);
    const senderName = await this.senders.nameOf(actor.id);
    const { message, created } = await this.writer
      .write({ room, sender: actor, senderName, clientMessageId, text, content })
      .catch((error: unknown) => {
        // Two messages sent the same image at once: the attachment's unique index kept one.
        if (content.card?.kind === 'image' && error instanceof UniqueConstraintViolationException) {
          throw new AttachmentAlreadySentError(content.card.attachmentId);
        }
        throw error;
      });
    const autoReply =
      created && role === 'buyer' ? await this.autoReplier.replyTo(room, message) : null;
    return {
      message: viewOfMessage(message, actor),
      broadcast: viewOfMessage(message, BROADCAST_VIEWER),
      created,
      autoReply: autoReply && viewOfMessage(autoReply, BROADCAST_VIEWER),
    };
  }
}
