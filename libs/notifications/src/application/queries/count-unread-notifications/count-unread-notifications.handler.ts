import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { UnreadCountView } from '../get-notification/notification.view';
import { CountUnreadNotificationsQuery } from './count-unread-notifications.query';

@QueryHandler(CountUnreadNotificationsQuery)
export class CountUnreadNotificationsHandler implements IQueryHandler<CountUnreadNotificationsQuery> {
  constructor(private readonly em: EntityManager) {}

  async execute({ userId }: CountUnreadNotificationsQuery): Promise<UnreadCountView> {
    const [{ n }] = await this.em.execute<{ n: string }[]>(
      `select count(*) as n from notifications.notifications where user_id = ? and read_at is null`,
      [userId],
    );
    return { count: Number(n) };
  }
}
