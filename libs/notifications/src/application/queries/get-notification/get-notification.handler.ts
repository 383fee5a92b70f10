import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { notificationNotFound } from '../../../domain/notification/notification.errors';
import { GetNotificationQuery } from './get-notification.query';
import {
  NOTIFICATION_COLUMNS,
  NotificationRow,
  NotificationView,
  toNotificationView,
} from './notification.view';

@QueryHandler(GetNotificationQuery)
export class GetNotificationHandler implements IQueryHandler<GetNotificationQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId, notificationId }: GetNotificationQuery): Promise<NotificationView> {
    const [row] = await this.em.execute<NotificationRow[]>(
      `select ${NOTIFICATION_COLUMNS} from notifications.notifications where id = ? and user_id = ?`,
      [notificationId, userId],
    );
    if (!row) throw notificationNotFound(notificationId);
    return toNotificationView(row);
  }
}
