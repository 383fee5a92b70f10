import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { ChatEraser } from '../../application/ports/chat-eraser';
import { CHAT_MESSAGE_POSTED } from '../../contracts/chat.events';

/**
 * The outbox keeps every `chat.message-posted` event, text included (admins read them in
 * `/admin/events`): the user's texts there are blanked too.
 */
@Injectable()
export class PostedEventTextEraser implements ChatEraser {
  readonly name = 'message-posted event texts';

  async erase(userId: string, _now: Date, em: EntityManager): Promise<void> {
    await em.execute(
      `update shared.outbox set payload = jsonb_set(payload, '{text}', '""')
        where type = ? and payload->>'senderId' = ? and payload->>'text' <> ''`,
      [CHAT_MESSAGE_POSTED, userId],
    );
  }
}
