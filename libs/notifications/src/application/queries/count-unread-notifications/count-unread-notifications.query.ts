import { Query } from '@nestjs/cqrs';
import { UnreadCountView } from '../get-notification/notification.view';

/** How many of the caller's notifications are unread (the badge on the bell). */
export class CountUnreadNotificationsQuery extends Query<UnreadCountView> {
  constructor(readonly userId: string) {
    super();
  }
}
