import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';

/**
 * Forgets a deleted account: its notifications (their texts name chat senders and orders), the
 * emails rendered for them (address, greeting, texts) and its contact. Writes with the caller's
 * EntityManager (the inbox transaction); running it again changes nothing.
 */
@Injectable()
export class UserErasure {
  async forget(em: EntityManager, userId: string): Promise<void> {
    await em.execute(
      `delete from notifications.outgoing_emails where notification_id in
         (select id from notifications.notifications where user_id = ?)`,
      [userId],
    );
    await em.execute('delete from notifications.notifications where user_id = ?', [userId]);
    await em.execute('delete from notifications.contacts where user_id = ?', [userId]);
  }
}
