import { Command } from '@nestjs/cqrs';

/** `sent`: a reminder was published; otherwise why none was. */
export type ReminderOutcome = 'sent' | 'online' | 'nothing_unread' | 'no_room';

/**
 * A reminder job fired for a recipient in a room: unless they are online or have read
 * everything there, publishes one `chat.unread-reminder` (id `reminderId`) for all their unread
 * messages.
 */
export class SendUnreadReminderCommand extends Command<ReminderOutcome> {
  constructor(
    readonly roomId: string,
    readonly userId: string,
    readonly reminderId: string,
  ) {
    super();
  }
}
