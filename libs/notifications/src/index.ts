// The notifications context's public face. Other contexts and apps import only from here.
export { NotificationsModule } from './notifications.module';
export { NotificationsJobsModule } from './notifications-jobs.module';
export { NOTIFICATIONS_ENTITIES } from './notifications.entities';
export { NOTIFICATION_EMAILS_QUEUE } from './infrastructure/jobs/notification-emails.queue';
