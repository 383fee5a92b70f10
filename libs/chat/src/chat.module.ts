import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AdminChatController } from './api/admin-chat.controller';
import { ChatController } from './api/chat.controller';
import { ChatGateway } from './api/chat.gateway';
import { CloseIdleRoomsHandler } from './application/commands/close-idle-rooms/close-idle-rooms.handler';
import { CloseOrderRoomsHandler } from './application/commands/close-order-rooms/close-order-rooms.handler';
import { MarkReadHandler } from './application/commands/mark-read/mark-read.handler';
import { OpenRoomHandler } from './application/commands/open-room/open-room.handler';
import { PostMessageHandler } from './application/commands/post-message/post-message.handler';
import { PurgeClosedRoomsHandler } from './application/commands/purge-closed-rooms/purge-closed-rooms.handler';
import { SetOrderRoomsHoldHandler } from './application/commands/set-order-rooms-hold/set-order-rooms-hold.handler';
import { SetRoomHoldHandler } from './application/commands/set-room-hold/set-room-hold.handler';
import { Presence } from './application/ports/presence';
import { GetRoomHandler } from './application/queries/get-room/get-room.handler';
import { RoomViews } from './application/queries/get-room/room-views';
import { ListMessagesHandler } from './application/queries/list-messages/list-messages.handler';
import { ListRoomsHandler } from './application/queries/list-rooms/list-rooms.handler';
import { MessageWriter } from './application/services/message-writer';
import { SenderNames } from './application/services/sender-names';
import { RoomAccess } from './application/services/room-access';
import { CHAT_ENTITIES } from './chat.entities';
import { MessageRepository } from './domain/message/message.repository';
import { ReadMarkerRepository } from './domain/read-state/read-marker.repository';
import { ChatRoomRepository } from './domain/room/chat-room.repository';
import { RoomRetentionRepository } from './domain/room/room-retention.repository';
import { ChatRetentionProcessor } from './infrastructure/jobs/chat-retention.processor';
import { ChatRetentionQueueModule } from './infrastructure/jobs/chat-retention.queue';
import { ChatRetentionSchedule } from './infrastructure/jobs/chat-retention.schedule';
import { OrderSettledConsumer } from './infrastructure/jobs/order-settled.consumer';
import { PaymentDisputeConsumer } from './infrastructure/jobs/payment-dispute.consumer';
import { MikroOrmChatRoomRepository } from './infrastructure/persistence/mikro-orm-chat-room.repository';
import { MikroOrmMessageRepository } from './infrastructure/persistence/mikro-orm-message.repository';
import { MikroOrmReadMarkerRepository } from './infrastructure/persistence/mikro-orm-read-marker.repository';
import { SqlRoomRetentionRepository } from './infrastructure/persistence/sql-room-retention.repository';
import { RedisPresence } from './infrastructure/realtime/redis-presence';

/** Chat's use cases: commands, queries and their storage, without HTTP or Socket.IO. */
@Module({
  imports: [MikroOrmModule.forFeature([...CHAT_ENTITIES]), ChatRetentionQueueModule],
  providers: [
    { provide: ChatRoomRepository, useClass: MikroOrmChatRoomRepository },
    { provide: MessageRepository, useClass: MikroOrmMessageRepository },
    { provide: ReadMarkerRepository, useClass: MikroOrmReadMarkerRepository },
    { provide: RoomRetentionRepository, useClass: SqlRoomRetentionRepository },
    { provide: Presence, useClass: RedisPresence },
    RoomAccess,
    MessageWriter,
    SenderNames,
    RoomViews,
    OpenRoomHandler,
    PostMessageHandler,
    MarkReadHandler,
    GetRoomHandler,
    ListRoomsHandler,
    ListMessagesHandler,
    CloseOrderRoomsHandler,
    SetOrderRoomsHoldHandler,
    SetRoomHoldHandler,
    CloseIdleRoomsHandler,
    PurgeClosedRoomsHandler,
  ],
  exports: [RoomAccess, Presence],
})
export class ChatCoreModule {}

/** The chat context in an API process: REST and the realtime gateway. */
@Module({
  imports: [ChatCoreModule],
  controllers: [ChatController, AdminChatController],
  providers: [ChatGateway],
})
export class ChatModule {}

/**
 * Chat's background work, for the worker only (beside ChatModule): closing rooms when their
 * order settles, holding them while the order's payment is disputed, and the retention job
 * (closing idle rooms, purging expired ones) with its schedule.
 */
@Module({
  imports: [ChatCoreModule, ChatRetentionQueueModule],
  providers: [
    OrderSettledConsumer,
    PaymentDisputeConsumer,
    ChatRetentionProcessor,
    ChatRetentionSchedule,
  ],
})
export class ChatJobsModule {}
