import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../domain/room/chat-room.repository';

@Injectable()
export class MikroOrmChatRoomRepository extends ChatRoomRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<ChatRoom | null> {
    return this.em.findOne(ChatRoom, { id });
  }

  findByParties(buyerId: string, shopId: string, orderId: string | null): Promise<ChatRoom | null> {
    return this.em.findOne(ChatRoom, { buyerId, shopId, orderId });
  }

  async add(room: ChatRoom): Promise<void> {
    // Its own unit of work: a lost race (unique violation) leaves this request's one clean.
    await this.em.fork().persist(room).flush();
  }
}
