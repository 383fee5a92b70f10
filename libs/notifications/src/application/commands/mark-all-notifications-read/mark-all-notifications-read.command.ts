import { Command } from '@nestjs/cqrs';
import { MarkedReadView } from '../../queries/get-notification/notification.view';

/** Marks every unread notification of the caller read. */
export class MarkAllNotificationsReadCommand extends Command<MarkedReadView> {
  constructor(readonly userId: string) {
    super();
  }
}
