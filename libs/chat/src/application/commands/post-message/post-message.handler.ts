import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { Message } from '../../../domain/message/message.aggregate';
import { toMessageView, MessageView } from '../../queries/get-room/message.view';
import { AutoReplier } from '../../services/auto-replier';
import { MessageWriter } from '../../services/message-writer';
import { RoomAccess } from '../../services/room-access';
import { SenderNames } from '../../services/sender-names';
import { PostMessageCommand, PostMessageResult } from './post-message.command';

/**
 * Checks the sender may write in the room, then hands the message to the group commit. A new
 * message from the buyer may get the shop's automatic reply (away, outside business hours).
 */
@CommandHandler(PostMessageCommand)
export class PostMessageHandler implements ICommandHandler<PostMessageCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly writer: MessageWriter,
    private readonly senders: SenderNames,
    private readonly autoReplier: AutoReplier,
  ) {}

  async execute(command: PostMessageCommand): Promise<PostMessageResult> {
    const { actor, roomId, clientMessageId, text } = command;
    const { room } = await this.access.readable(actor, roomId);
    const role = room.writerRole(actor);
    const senderName = await this.senders.nameOf(actor.id);
    const { message, created } = await this.writer.write({
      room,
      sender: actor,
      senderName,
      clientMessageId,
      text,
    });
    const autoReply =
      created && role === 'buyer' ? await this.autoReplier.replyTo(room, message) : null;
    return {
      message: view(message, actor),
      created,
      autoReply: autoReply && view(autoReply, actor),
    };
  }
}

const view = (message: Message, viewer: PostMessageCommand['actor']): MessageView =>
  toMessageView(
    {
      id: message.id,
      room_id: message.roomId,
      seq: message.seq,
      sender_id: message.senderId,
      sender_role: message.senderRole,
      client_message_id: message.clientMessageId,
      text: message.text,
      masked_text: message.maskedText,
      created_at: message.createdAt,
      automatic: message.automatic,
      erased_at: message.erasedAt,
    },
    viewer,
  );
