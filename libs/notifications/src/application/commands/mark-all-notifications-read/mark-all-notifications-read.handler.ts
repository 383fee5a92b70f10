import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotificationRepository } from '../../../domain/notification/notification.repository';
import { MarkedReadView } from '../../queries/get-notification/notification.view';
import { MarkAllNotificationsReadCommand } from './mark-all-notifications-read.command';

@CommandHandler(MarkAllNotificationsReadCommand)
export class MarkAllNotificationsReadHandler implements ICommandHandler<MarkAllNotificationsReadCommand> {
  constructor(private readonly notifications: NotificationRepository) {}

  async execute({ userId }: MarkAllNotificationsReadCommand): Promise<MarkedReadView> {
    return { marked: await this.notifications.markAllRead(userId, new Date()) };
  }
}
