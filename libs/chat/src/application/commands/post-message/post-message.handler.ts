import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Message } from '../../../domain/message/message.aggregate';
import { AttachmentAlreadySentError } from '../../../domain/room/chat.errors';
import { toMessageView, MessageView } from '../../queries/get-room/message.view';
import { MessageCards } from '../../services/message-cards';
import { MessageWriter } from '../../services/message-writer';
import { RoomAccess } from '../../services/room-access';
import { SenderNames } from '../../services/sender-names';
import { PostMessageCommand } from './post-message.command';

/**
 * Checks the sender may write in the room, takes the snapshot of its card (if any), then hands
 * the message to the group commit.
 */
@CommandHandler(PostMessageCommand)
export class PostMessageHandler implements ICommandHandler<PostMessageCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly writer: MessageWriter,
    private readonly senders: SenderNames,
    private readonly cards: MessageCards,
  ) {}

  async execute(command: PostMessageCommand): Promise<{ message: MessageView; created: boolean }> {
    const { actor, roomId, clientMessageId, text } = command;
    const { room } = await this.access.readable(actor, roomId);
    room.writerRole(actor);
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
    return { message: view(message), created };
  }
}

const view = (message: Message): MessageView =>
  toMessageView({
    id: message.id,
    room_id: message.roomId,
    sender_id: message.senderId,
    sender_role: message.senderRole,
    client_message_id: message.clientMessageId,
    type: message.type,
    text: message.text,
    card: message.card,
    created_at: message.createdAt,
  });
