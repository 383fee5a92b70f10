import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatRoom } from '../../domain/room/chat-room.aggregate';
import { ChatRoomRepository } from '../../domain/room/chat-room.repository';

/** How long a room read stays in the result cache. */
const ROOM_CACHE_MS = 60_000;

@Injectable()
export class MikroOrmChatRoomRepository extends ChatRoomRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<ChatRoom | null> {
    // A room never changes once opened, and every message checks its room: served from
    // MikroORM's result cache (per process) after the first read.
    return this.em.findOne(ChatRoom, { id }, { cache: ROOM_CACHE_MS });
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
}
