import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
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

  findAboutOrder(orderId: string): Promise<ChatRoom[]> {
    return this.em.find(ChatRoom, { orderId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  async add(room: ChatRoom): Promise<void> {
    // Its own unit of work: a lost race (unique violation) leaves this request's one clean.
    await this.em.fork().persist(room).flush();
  }

  findForUpdate(
    filter: { id: string } | { orderId: string; shopId?: string },
  ): Promise<ChatRoom[]> {
    return this.em.find(ChatRoom, filter, {
      lockMode: LockMode.PESSIMISTIC_WRITE,
      refresh: true,
      orderBy: { id: 'asc' },
    });
  }

  async save(rooms: ChatRoom[]): Promise<void> {
    this.em.persist(rooms);
    await this.em.flush();
  }
}
