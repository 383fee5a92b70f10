import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { GetUserQuery } from '@pasar/identity';
import { AppConfig } from '@pasar/shared';
import { Message } from '../../../domain/message/message.aggregate';
import { MessageRepository } from '../../../domain/message/message.repository';
import { Presence } from '../../ports/presence';
import { toMessageView, MessageView } from '../../queries/get-room/message.view';
import { RoomAccess } from '../../services/room-access';
import { PostMessageCommand } from './post-message.command';

@CommandHandler(PostMessageCommand)
export class PostMessageHandler implements ICommandHandler<PostMessageCommand> {
  constructor(
    private readonly access: RoomAccess,
    private readonly messages: MessageRepository,
    private readonly presence: Presence,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  async execute(command: PostMessageCommand): Promise<{ message: MessageView; created: boolean }> {
    const { actor, roomId, clientMessageId } = command;
    const { room } = await this.access.readable(actor, roomId);
    const stored = await this.messages.findByClientId(room.id, actor.id, clientMessageId);
    if (stored) return { message: view(stored), created: false };

    room.writerRole(actor);
    const [sender, online] = await Promise.all([
      this.queries.execute(new GetUserQuery(actor.id)),
      this.presence.onlineAmong([room.otherParticipant(actor.id)]),
    ]);
    const message = Message.post({
      room,
      sender: actor,
      senderName: sender.name,
      clientMessageId,
      text: command.text,
      maxLength: this.config.chat.maxMessageLength,
      recipientOnline: (userId) => online.has(userId),
      now: new Date(),
    });
    try {
      await this.messages.add(message);
    } catch (error) {
      // The same resend raced this one past the lookup above; the unique index kept one.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      const winner = await this.messages.findByClientId(room.id, actor.id, clientMessageId);
      if (!winner) throw error;
      return { message: view(winner), created: false };
    }
    return { message: view(message), created: true };
  }
}

const view = (message: Message): MessageView =>
  toMessageView({
    id: message.id,
    room_id: message.roomId,
    sender_id: message.senderId,
    sender_role: message.senderRole,
    client_message_id: message.clientMessageId,
    text: message.text,
    created_at: message.createdAt,
  });
