import { ChatUnreadReminderEvent } from '../../domain/reminder/unread-reminder.events';

/** DI token and port: publishes a reminder through the outbox, once per reminder id. */
export abstract class ReminderOutbox {
  /** Writes the event's outbox row; a second write of the same reminder changes nothing. */
  abstract publish(event: ChatUnreadReminderEvent): Promise<void>;
}
