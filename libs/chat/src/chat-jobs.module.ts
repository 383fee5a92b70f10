import { Module } from '@nestjs/common';
import { CHAT_ERASERS } from './application/ports/chat-eraser';
import { ChatErasure } from './application/services/chat-erasure';
import { ChatCoreModule } from './chat.module';
import { MessageTextEraser } from './infrastructure/erasure/message-text.eraser';
import { OpenSocketsEraser } from './infrastructure/erasure/open-sockets.eraser';
import { PostedEventTextEraser } from './infrastructure/erasure/posted-event-text.eraser';
import { PresenceEraser } from './infrastructure/erasure/presence.eraser';
import { ReadMarkerEraser } from './infrastructure/erasure/read-marker.eraser';
import { ContactHitEraser } from './infrastructure/erasure/contact-hit.eraser';
import { ChatRemindersQueueModule } from './infrastructure/jobs/chat-reminders.queue';
import { ChatRetentionProcessor } from './infrastructure/jobs/chat-retention.processor';
import { ChatRetentionQueueModule } from './infrastructure/jobs/chat-retention.queue';
import { ChatRetentionSchedule } from './infrastructure/jobs/chat-retention.schedule';
import { OrderSettledConsumer } from './infrastructure/jobs/order-settled.consumer';
import { PaymentDisputeConsumer } from './infrastructure/jobs/payment-dispute.consumer';
import { EraseUserChatDataConsumer } from './infrastructure/jobs/erase-user-chat-data.consumer';
import { ScheduleUnreadReminderConsumer } from './infrastructure/jobs/schedule-unread-reminder.consumer';
import { UnreadReminderProcessor } from './infrastructure/jobs/unread-reminder.processor';

/** Every kind of chat data account deletion erases; a new kind adds its eraser here. */
const ERASERS = [
  OpenSocketsEraser,
  MessageTextEraser,
  PostedEventTextEraser,
  ReadMarkerEraser,
  PresenceEraser,
  ContactHitEraser,
];

/**
 * The chat context's background work, for the worker only (beside ChatModule): a reminder job
 * per (room, recipient) from each posted message, its processor, and erasure of a deleted
 * account's chat data; closing rooms when their order settles, holding them while the order's
 * payment is disputed, and the retention job (closing idle rooms, purging expired ones).
 */
@Module({
  imports: [ChatCoreModule, ChatRemindersQueueModule, ChatRetentionQueueModule],
  providers: [
    OrderSettledConsumer,
    PaymentDisputeConsumer,
    ChatRetentionProcessor,
    ChatRetentionSchedule,
    ScheduleUnreadReminderConsumer,
    UnreadReminderProcessor,
    ...ERASERS,
    { provide: CHAT_ERASERS, useFactory: (...erasers) => erasers, inject: ERASERS },
    ChatErasure,
    EraseUserChatDataConsumer,
  ],
})
export class ChatJobsModule {}
