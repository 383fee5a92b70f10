import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatEraser } from '../../application/ports/chat-eraser';
import { Presence } from '../../application/ports/presence';

/** The user's presence keys in Redis (online, and online in each of their rooms) are removed. */
@Injectable()
export class PresenceEraser implements ChatEraser {
  readonly name = 'presence';

  constructor(private readonly presence: Presence) {}

  async erase(userId: string, _now: Date, em: EntityManager): Promise<void> {
    const rooms = await em.execute<{ id: string }[]>(
      'select id from chat.rooms where buyer_id = ? or seller_id = ?',
      [userId, userId],
    );
    await this.presence.forget(
      userId,
      rooms.map((room) => room.id),
    );
  }
}
