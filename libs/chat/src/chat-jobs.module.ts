import { Module } from '@nestjs/common';
import { CatalogModule } from '@pasar/catalog';
import { CHAT_ERASERS } from './application/ports/chat-eraser';
import { ChatErasure } from './application/services/chat-erasure';
import { PostStatusCardHandler } from './application/commands/post-status-card/post-status-card.handler';
import { RoomBroadcaster } from './application/ports/room-broadcaster';
import { ChatCoreModule } from './chat.module';
import { MessageTextEraser } from './infrastructure/erasure/message-text.eraser';
import { OpenSocketsEraser } from './infrastructure/erasure/open-sockets.eraser';
import { PostedEventTextEraser } from './infrastructure/erasure/posted-event-text.eraser';
import { PresenceEraser } from './infrastructure/erasure/presence.eraser';
import { ReadMarkerEraser } from './infrastructure/erasure/read-marker.eraser';
import { AttachmentEraser } from './infrastructure/erasure/attachment.eraser';
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
import { OrderStatusCardsConsumer } from './infrastructure/jobs/order-status-cards.consumer';
import { RedisRoomBroadcaster } from './infrastructure/realtime/redis-room-broadcaster';

/** Every kind of chat data account deletion erases; a new kind adds its eraser here. */
const ERASERS = [
  OpenSocketsEraser,
  MessageTextEraser,
  PostedEventTextEraser,
  ReadMarkerEraser,
  PresenceEraser,
  ContactHitEraser,
  AttachmentEraser,
];

/**
 * The chat context's background work, for the worker only (beside ChatModule): a reminder job
 * per (room, recipient) from each posted message, its processor, and erasure of a deleted
 * account's chat data; closing rooms when their order settles, holding them while the order's
 * payment is disputed, and the retention job (closing idle rooms, purging expired ones); order
 * status changes become system messages, broadcast to the rooms' sockets through the Socket.IO
 * Redis emitter.
 */
@Module({
  imports: [ChatCoreModule, CatalogModule, ChatRemindersQueueModule, ChatRetentionQueueModule],
  providers: [
    { provide: RoomBroadcaster, useClass: RedisRoomBroadcaster },
    PostStatusCardHandler,
    OrderStatusCardsConsumer,
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
