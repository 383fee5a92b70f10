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
  /**
   * Inserts the messages and their outbox rows in one transaction of their own. All or nothing:
   * throws the driver's unique violation if any clientMessageId was already stored. Reopens
   * the messages' rooms that were closed (retention), in the same transaction.
   */
  abstract addAll(messages: Message[]): Promise<void>;
}
