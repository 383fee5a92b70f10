import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AdminChatController } from './api/admin-chat.controller';
import { AdminChatRoomsController } from './api/admin-chat-rooms.controller';
import { ChatSafetyController } from './api/chat-safety.controller';
import { CatalogModule } from '@pasar/catalog';
import { ChatAttachmentsController } from './api/chat-attachments.controller';
import { ChatController } from './api/chat.controller';
import { ChatGateway } from './api/chat.gateway';
import { BlockRoomHandler } from './application/commands/block-room/block-room.handler';
import { ChangeContactFilterHandler } from './application/commands/change-contact-filter/change-contact-filter.handler';
import { ReportRoomHandler } from './application/commands/report-room/report-room.handler';
import { ResolveModerationCaseHandler } from './application/commands/resolve-moderation-case/resolve-moderation-case.handler';
import { UnblockRoomHandler } from './application/commands/unblock-room/unblock-room.handler';
import { GetContactFilterHandler } from './application/queries/get-contact-filter/get-contact-filter.handler';
import { GetModerationCaseHandler } from './application/queries/get-moderation-case/get-moderation-case.handler';
import { ListBlocksHandler } from './application/queries/list-blocks/list-blocks.handler';
import { ListModerationCasesHandler } from './application/queries/list-moderation-cases/list-moderation-cases.handler';
import { ContactFilter } from './application/services/contact-filter';
import { ContactOffenders } from './application/services/contact-offenders';
import { MarkReadHandler } from './application/commands/mark-read/mark-read.handler';
import { OpenRoomHandler } from './application/commands/open-room/open-room.handler';
import { UploadAttachmentHandler } from './application/commands/upload-attachment/upload-attachment.handler';
import { PostMessageHandler } from './application/commands/post-message/post-message.handler';
import { SendUnreadReminderHandler } from './application/commands/send-unread-reminder/send-unread-reminder.handler';
import { CloseIdleRoomsHandler } from './application/commands/close-idle-rooms/close-idle-rooms.handler';
import { CloseOrderRoomsHandler } from './application/commands/close-order-rooms/close-order-rooms.handler';
import { PurgeClosedRoomsHandler } from './application/commands/purge-closed-rooms/purge-closed-rooms.handler';
import { SetOrderRoomsHoldHandler } from './application/commands/set-order-rooms-hold/set-order-rooms-hold.handler';
import { SetRoomHoldHandler } from './application/commands/set-room-hold/set-room-hold.handler';
import { Presence } from './application/ports/presence';
import { ReminderOutbox } from './application/ports/reminder-outbox';
import { GetAttachmentHandler } from './application/queries/get-attachment/get-attachment.handler';
import { GetRoomHandler } from './application/queries/get-room/get-room.handler';
import { RoomViews } from './application/queries/get-room/room-views';
import { ListMessagesHandler } from './application/queries/list-messages/list-messages.handler';
import { ListMessagesSinceHandler } from './application/queries/list-messages-since/list-messages-since.handler';
import { ListRoomsHandler } from './application/queries/list-rooms/list-rooms.handler';
import { MessageCards } from './application/services/message-cards';
import { MessageWriter } from './application/services/message-writer';
import { RoomOrderNumbers } from './application/services/room-order-numbers';
import { SenderNames } from './application/services/sender-names';
import { RoomAccess } from './application/services/room-access';
import { UnreadMessages } from './application/services/unread-messages';
import { CHAT_ENTITIES } from './chat.entities';
import { ChatBlockRepository } from './domain/block/chat-block.repository';
import { ContactFilterSettingsRepository } from './domain/contact-filter/contact-filter-settings.repository';
import { AttachmentRepository } from './domain/attachment/attachment.repository';
import { MessageRepository } from './domain/message/message.repository';
import { ModerationRepository } from './domain/moderation/moderation.repository';
import { ReadMarkerRepository } from './domain/read-state/read-marker.repository';
import { ChatRoomRepository } from './domain/room/chat-room.repository';
import { MikroOrmChatBlockRepository } from './infrastructure/persistence/mikro-orm-chat-block.repository';
import { MikroOrmContactFilterSettingsRepository } from './infrastructure/persistence/mikro-orm-contact-filter-settings.repository';
import { MikroOrmModerationRepository } from './infrastructure/persistence/mikro-orm-moderation.repository';
import { MikroOrmAttachmentRepository } from './infrastructure/persistence/mikro-orm-attachment.repository';
import { MikroOrmChatRoomRepository } from './infrastructure/persistence/mikro-orm-chat-room.repository';
import { MikroOrmMessageRepository } from './infrastructure/persistence/mikro-orm-message.repository';
import { MikroOrmReadMarkerRepository } from './infrastructure/persistence/mikro-orm-read-marker.repository';
import { SqlReminderOutbox } from './infrastructure/persistence/sql-reminder-outbox';
import { ChatRemindersQueueModule } from './infrastructure/jobs/chat-reminders.queue';
import { RoomRetentionRepository } from './domain/room/room-retention.repository';
import { ChatRetentionQueueModule } from './infrastructure/jobs/chat-retention.queue';
import { SqlRoomRetentionRepository } from './infrastructure/persistence/sql-room-retention.repository';
import { RedisPresence } from './infrastructure/realtime/redis-presence';
import { SavedReplySendController } from './api/saved-reply-send.controller';
import { SellerToolsController } from './api/seller-tools.controller';
import { SELLER_TOOLS_PROVIDERS } from './seller-tools.providers';

/** Chat's use cases: commands, queries and their storage, without HTTP or Socket.IO. */
@Module({
  imports: [
    MikroOrmModule.forFeature([...CHAT_ENTITIES]),
    CatalogModule,
    ChatRemindersQueueModule,
    ChatRetentionQueueModule,
  ],
  providers: [
    { provide: ChatRoomRepository, useClass: MikroOrmChatRoomRepository },
    { provide: MessageRepository, useClass: MikroOrmMessageRepository },
    { provide: ReadMarkerRepository, useClass: MikroOrmReadMarkerRepository },
    { provide: RoomRetentionRepository, useClass: SqlRoomRetentionRepository },
    { provide: Presence, useClass: RedisPresence },
    { provide: ChatBlockRepository, useClass: MikroOrmChatBlockRepository },
    { provide: ContactFilterSettingsRepository, useClass: MikroOrmContactFilterSettingsRepository },
    { provide: ModerationRepository, useClass: MikroOrmModerationRepository },
    ContactFilter,
    ContactOffenders,
    RoomOrderNumbers,
    { provide: ReminderOutbox, useClass: SqlReminderOutbox },
    { provide: AttachmentRepository, useClass: MikroOrmAttachmentRepository },
    RoomAccess,
    UnreadMessages,
    MessageWriter,
    MessageCards,
    SenderNames,
    RoomViews,
    OpenRoomHandler,
    PostMessageHandler,
    UploadAttachmentHandler,
    MarkReadHandler,
    SendUnreadReminderHandler,
    GetRoomHandler,
    GetAttachmentHandler,
    ListRoomsHandler,
    ListMessagesHandler,
    ListMessagesSinceHandler,
    ...SELLER_TOOLS_PROVIDERS,
    BlockRoomHandler,
    UnblockRoomHandler,
    ListBlocksHandler,
    ReportRoomHandler,
    ChangeContactFilterHandler,
    GetContactFilterHandler,
    ListModerationCasesHandler,
    GetModerationCaseHandler,
    ResolveModerationCaseHandler,
    CloseOrderRoomsHandler,
    SetOrderRoomsHoldHandler,
    SetRoomHoldHandler,
    CloseIdleRoomsHandler,
    PurgeClosedRoomsHandler,
  ],
  exports: [RoomAccess, Presence, ChatRoomRepository, MessageRepository, MessageCards],
})
export class ChatCoreModule {}

/** The chat context in an API process: REST and the realtime gateway. */
@Module({
  imports: [ChatCoreModule],
  controllers: [
    ChatController,
    SellerToolsController,
    SavedReplySendController,
    ChatSafetyController,
    AdminChatController,
    AdminChatRoomsController,
    ChatAttachmentsController,
  ],
  providers: [ChatGateway],
})
export class ChatModule {}
