import { Query } from '@nestjs/cqrs';
import { NotificationView } from './notification.view';

/** One of the caller's own notifications (others' are not found). */
export class GetNotificationQuery extends Query<NotificationView> {
  constructor(
    readonly userId: string,
    readonly notificationId: string,
  ) {
    super();
  }
}
