import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatEraser } from '../../application/ports/chat-eraser';

/** The user's read markers (how far they read each room) are removed. */
@Injectable()
export class ReadMarkerEraser implements ChatEraser {
  readonly name = 'read markers';

  async erase(userId: string, _now: Date, em: EntityManager): Promise<void> {
    await em.execute('delete from chat.read_markers where user_id = ?', [userId]);
  }
}
