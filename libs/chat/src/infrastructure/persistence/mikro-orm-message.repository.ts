import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Message } from '../../domain/message/message.aggregate';
import { MessageRepository } from '../../domain/message/message.repository';

@Injectable()
export class MikroOrmMessageRepository extends MessageRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findInRoom(roomId: string, messageId: string): Promise<Message | null> {
    return this.em.findOne(Message, { id: messageId, roomId });
  }

  findByClientId(
    roomId: string,
    senderId: string,
    clientMessageId: string,
  ): Promise<Message | null> {
    return this.em.findOne(Message, { roomId, senderId, clientMessageId });
  }

  async add(message: Message): Promise<void> {
    // Its own unit of work (the outbox row goes with it): a duplicate leaves this request's clean.
    await this.em.fork().persist(message).flush();
  }
}
