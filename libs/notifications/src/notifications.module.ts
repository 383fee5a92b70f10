import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MarkAllNotificationsReadHandler } from './application/commands/mark-all-notifications-read/mark-all-notifications-read.handler';
import { MarkNotificationReadHandler } from './application/commands/mark-notification-read/mark-notification-read.handler';
import { CountUnreadNotificationsHandler } from './application/queries/count-unread-notifications/count-unread-notifications.handler';
import { GetNotificationHandler } from './application/queries/get-notification/get-notification.handler';
import { ListNotificationsHandler } from './application/queries/list-notifications/list-notifications.handler';
import { NotificationsController } from './api/notifications.controller';
import { NotificationRepository } from './domain/notification/notification.repository';
import { NotificationEmailsQueueModule } from './infrastructure/jobs/notification-emails.queue';
import { MikroOrmNotificationRepository } from './infrastructure/persistence/mikro-orm-notification.repository';
import { NOTIFICATIONS_ENTITIES } from './notifications.entities';

/**
 * In-app notifications over REST. The notification-emails queue is registered wherever the
 * context runs, so the api shows it in Bull Board; NotificationsJobsModule (the worker) makes
 * notifications from events, pushes them to sockets and sends their emails.
 */
@Module({
  imports: [MikroOrmModule.forFeature([...NOTIFICATIONS_ENTITIES]), NotificationEmailsQueueModule],
  controllers: [NotificationsController],
  providers: [
    { provide: NotificationRepository, useClass: MikroOrmNotificationRepository },
    ListNotificationsHandler,
    CountUnreadNotificationsHandler,
    GetNotificationHandler,
    MarkNotificationReadHandler,
    MarkAllNotificationsReadHandler,
  ],
})
export class NotificationsModule {}
