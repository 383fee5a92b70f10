import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { NotificationView } from '../get-notification/notification.view';

/** The caller's notifications, newest first; only unread ones when `unreadOnly`. */
export class ListNotificationsQuery extends Query<Page<NotificationView>> {
  constructor(
    readonly userId: string,
    readonly unreadOnly: boolean,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
