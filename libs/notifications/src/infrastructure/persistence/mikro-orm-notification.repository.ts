import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Notification } from '../../domain/notification/notification.aggregate';
import { NotificationRepository } from '../../domain/notification/notification.repository';

@Injectable()
export class MikroOrmNotificationRepository extends NotificationRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findOwned(id: string, userId: string): Promise<Notification | null> {
    return this.em.findOne(Notification, { id, userId });
  }

  async markAllRead(userId: string, now: Date): Promise<number> {
    const rows = await this.em.execute<{ id: string }[]>(
      `update notifications.notifications set read_at = ?
        where user_id = ? and read_at is null returning id`,
      [now, userId],
    );
    return rows.length;
  }

  async save(notification: Notification): Promise<void> {
    await this.em.persist(notification).flush();
  }
}
