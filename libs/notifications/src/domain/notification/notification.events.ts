import { DomainEvent } from '@pasar/shared/domain';
import { NotificationData, NotificationKind } from './notification-kind';

/** A notification was stored; the worker pushes it to the user's sockets once it committed. */
export class NotificationCreatedEvent extends DomainEvent<{
  notificationId: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  data: NotificationData;
  createdAt: string;
}> {
  readonly type = 'notifications.notification-created';
}
