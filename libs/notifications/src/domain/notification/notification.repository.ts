import { Notification } from './notification.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class NotificationRepository {
  /** The user's own notification, or null (also when it is someone else's). */
  abstract findOwned(id: string, userId: string): Promise<Notification | null>;
  /** Marks every unread notification of the user read; answers how many changed. */
  abstract markAllRead(userId: string, now: Date): Promise<number>;
  /** Persists the notification and flushes the unit of work. */
  abstract save(notification: Notification): Promise<void>;
}
