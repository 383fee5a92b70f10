import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import {
  NOTIFICATION_COLUMNS,
  NotificationRow,
  NotificationView,
  toNotificationView,
} from '../get-notification/notification.view';
import { ListNotificationsQuery } from './list-notifications.query';

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({
    userId,
    unreadOnly,
    limit,
    offset,
  }: ListNotificationsQuery): Promise<Page<NotificationView>> {
    const where = `user_id = ?${unreadOnly ? ' and read_at is null' : ''}`;
    const rows = await this.em.execute<(NotificationRow & { total: string })[]>(
      `select ${NOTIFICATION_COLUMNS}, count(*) over () as total from notifications.notifications
        where ${where} order by created_at desc, id desc limit ? offset ?`,
      [userId, limit, offset],
    );
    const total = rows[0] ? Number(rows[0].total) : await this.count(where, userId);
    return { items: rows.map(toNotificationView), total, limit, offset };
  }

  private async count(where: string, userId: string): Promise<number> {
    const [{ n }] = await this.em.execute<{ n: string }[]>(
      `select count(*) as n from notifications.notifications where ${where}`,
      [userId],
    );
    return Number(n);
  }
}
