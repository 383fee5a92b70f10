import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Actor, AggregateRoot, ROLES, Role } from '@pasar/shared/domain';
import { ChatRoom } from '../room/chat-room.aggregate';
import { InvalidMessageError } from '../room/chat.errors';
import { ChatMessagePostedEvent } from './message.events';

export type SenderRole = Role;

/**
 * One message in a room. A sender's `clientMessageId` is unique per room, so a resend after a
 * lost ack finds the stored message instead of writing a second one.
 */
@Entity({ schema: 'chat', tableName: 'messages' })
// Only an erased message (its sender's account was deleted) has no text.
@Check({
  name: 'messages_text_not_empty',
  expression: '(length(text) > 0) OR (erased_at IS NOT NULL)',
})
@Unique({
  name: 'messages_room_sender_client_id_unique',
  properties: ['roomId', 'senderId', 'clientMessageId'],
})
@Index({
  name: 'messages_room_created_at_index',
  expression:
    'create index "messages_room_created_at_index" on "chat"."messages" ("room_id", "created_at" desc, "id" desc)',
})
export class Message extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly roomId: string;

  @Property({ type: 'uuid' })
  readonly senderId: string;

  @Enum({ items: () => ROLES })
  readonly senderRole: SenderRole;

  @Property({ type: 'string', length: 100 })
  readonly clientMessageId: string;

  @Property({ type: 'text' })
  readonly text: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  /**
   * When the text was erased (set empty) because the sender's account was deleted; the row
   * stays so the room's history keeps its order. Written by chat's erasers, never by a command.
   */
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  readonly erasedAt: Date | null = null;

  private constructor(props: {
    roomId: string;
    senderId: string;
    senderRole: SenderRole;
    clientMessageId: string;
    text: string;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.roomId = props.roomId;
    this.senderId = props.senderId;
    this.senderRole = props.senderRole;
    this.clientMessageId = props.clientMessageId;
    this.text = props.text;
    this.createdAt = props.now;
  }

  /**
   * A participant writes in the room: the text is trimmed and must hold 1..maxLength
   * characters. Records `chat.message-posted` for the other participant, with whether they
   * were online.
   */
  static post(props: {
    room: ChatRoom;
    sender: Pick<Actor, 'id' | 'role'>;
    senderName: string;
    clientMessageId: string;
    text: string;
    maxLength: number;
    recipientOnline: (userId: string) => boolean;
    now: Date;
  }): Message {
    const senderRole = props.room.writerRole(props.sender);
    const text = props.text.trim();
    if (text.length === 0) throw new InvalidMessageError('must not be empty', props.maxLength);
    if (text.includes('\u0000')) {
      throw new InvalidMessageError('must not contain NUL characters', props.maxLength);
    }
    if (text.length > props.maxLength) {
      throw new InvalidMessageError(
        `must be at most ${props.maxLength} characters`,
        props.maxLength,
      );
    }
    const message = new Message({
      roomId: props.room.id,
      senderId: props.sender.id,
      senderRole,
      clientMessageId: props.clientMessageId,
      text,
      now: props.now,
    });
    const recipient = props.room.otherParticipant(props.sender.id);
    message.record(
      new ChatMessagePostedEvent('Message', message.id, {
        messageId: message.id,
        roomId: props.room.id,
        shopId: props.room.shopId,
        buyerId: props.room.buyerId,
        orderId: props.room.orderId,
        senderId: props.sender.id,
        senderName: props.senderName,
        text,
        sentAt: props.now.toISOString(),
        recipients: [{ userId: recipient, online: props.recipientOnline(recipient) }],
      }),
    );
    return message;
  }
}
