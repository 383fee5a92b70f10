import { NotFoundError } from '@pasar/shared/domain';

/** Also what others' notifications look like: the caller may not know they exist. */
export const notificationNotFound = (id?: string) =>
  new NotFoundError('NOTIFICATIONS.NOTIFICATION_NOT_FOUND', 'Notification', id);
