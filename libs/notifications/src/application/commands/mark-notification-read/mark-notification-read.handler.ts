import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { notificationNotFound } from '../../../domain/notification/notification.errors';
import { NotificationRepository } from '../../../domain/notification/notification.repository';
import { MarkNotificationReadCommand } from './mark-notification-read.command';

@CommandHandler(MarkNotificationReadCommand)
export class MarkNotificationReadHandler implements ICommandHandler<MarkNotificationReadCommand> {
  constructor(private readonly notifications: NotificationRepository) {}

  async execute({ userId, notificationId }: MarkNotificationReadCommand): Promise<void> {
    const notification = await this.notifications.findOwned(notificationId, userId);
    if (!notification) throw notificationNotFound(notificationId);
    if (notification.markRead(new Date())) await this.notifications.save(notification);
  }
}
