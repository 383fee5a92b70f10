import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatEraser } from '../../application/ports/chat-eraser';

/**
 * The text of every message the user sent becomes empty (its masked copy too), with `erased_at` set. The rows stay so
 * the room's history (order, read markers of the other side) is unchanged. Room lists show the
 * newest message from this table, so no stored preview is left behind.
 */
@Injectable()
export class MessageTextEraser implements ChatEraser {
  readonly name = 'message texts';

  async erase(userId: string, now: Date, em: EntityManager): Promise<void> {
    await em.execute(
      `update chat.messages set text = '', masked_text = null, erased_at = ?
       where sender_id = ? and erased_at is null`,
      [now, userId],
    );
  }
}
