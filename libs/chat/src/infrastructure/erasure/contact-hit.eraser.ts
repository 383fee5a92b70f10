import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatEraser } from '../../application/ports/chat-eraser';

/** The contact filter's log of the user's masked messages (each kept the original text). */
@Injectable()
export class ContactHitEraser implements ChatEraser {
  readonly name = 'contact filter log';

  async erase(userId: string, _now: Date, em: EntityManager): Promise<void> {
    await em.execute('delete from chat.contact_hits where sender_id = ?', [userId]);
  }
}
