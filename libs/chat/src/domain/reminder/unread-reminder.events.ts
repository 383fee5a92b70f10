import { DomainEvent } from '@pasar/shared/domain';
import { CHAT_UNREAD_REMINDER, ChatUnreadReminderPayload } from '../../contracts/chat.events';

/**
 * One grouped reminder of unread messages. Its id is the reminder's own (one per reminder job),
 * so a job that runs again after it was published writes the same event, kept once.
 */
export class ChatUnreadReminderEvent extends DomainEvent<ChatUnreadReminderPayload> {
  readonly type = CHAT_UNREAD_REMINDER;
  override readonly id: string;

  constructor(reminderId: string, payload: ChatUnreadReminderPayload) {
    super('ChatRoom', payload.roomId, payload);
    this.id = reminderId;
  }
}
