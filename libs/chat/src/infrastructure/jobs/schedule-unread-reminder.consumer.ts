import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { AppConfig, ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { CHAT_MESSAGE_POSTED, ChatMessagePostedPayload } from '../../contracts/chat.events';
import {
  CHAT_REMINDERS_QUEUE,
  REMIND_JOB,
  REMIND_JOB_OPTIONS,
  RemindJobData,
  reminderJobId,
} from './chat-reminders.queue';

/**
 * A message was posted: each recipient gets a reminder job for the room, due
 * `CHAT_UNREAD_REMINDER_MS` after the message, unless one is already waiting (stable job id).
 */
@Injectable()
@ConsumesEvents(CHAT_MESSAGE_POSTED)
export class ScheduleUnreadReminderConsumer implements EventConsumer {
  constructor(
    @InjectQueue(CHAT_REMINDERS_QUEUE) private readonly queue: Queue<RemindJobData>,
    private readonly config: AppConfig,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { roomId, senderId, sentAt, recipients } =
      event.payload as unknown as ChatMessagePostedPayload;
    const due = Date.parse(sentAt) + this.config.chat.unreadReminderMs;
    for (const { userId } of recipients) {
      if (userId === senderId) continue;
      const data = { roomId, userId };
      await this.queue.add(REMIND_JOB, data, {
        ...REMIND_JOB_OPTIONS,
        jobId: reminderJobId(data),
        delay: Math.max(0, due - Date.now()),
      });
    }
  }
}
