import { Message } from './message.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class MessageRepository {
  abstract findInRoom(roomId: string, messageId: string): Promise<Message | null>;
  /** The message a sender stored under this client id in the room, if any. */
  abstract findByClientId(
    roomId: string,
    senderId: string,
    clientMessageId: string,
  ): Promise<Message | null>;
  /** Inserts the message (and its outbox row); throws the driver's unique violation on a duplicate. */
  abstract add(message: Message): Promise<void>;
}
