import { Command } from '@nestjs/cqrs';

/** Marks one of the caller's own notifications read (again is fine: keeps the first time). */
export class MarkNotificationReadCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly notificationId: string,
  ) {
    super();
  }
}
