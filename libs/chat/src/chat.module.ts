import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ChatController } from './api/chat.controller';
import { ChatGateway } from './api/chat.gateway';
import { MarkReadHandler } from './application/commands/mark-read/mark-read.handler';
import { OpenRoomHandler } from './application/commands/open-room/open-room.handler';
import { PostMessageHandler } from './application/commands/post-message/post-message.handler';
import { SendUnreadReminderHandler } from './application/commands/send-unread-reminder/send-unread-reminder.handler';
import { Presence } from './application/ports/presence';
import { ReminderOutbox } from './application/ports/reminder-outbox';
import { GetRoomHandler } from './application/queries/get-room/get-room.handler';
import { RoomViews } from './application/queries/get-room/room-views';
import { ListMessagesHandler } from './application/queries/list-messages/list-messages.handler';
import { ListRoomsHandler } from './application/queries/list-rooms/list-rooms.handler';
import { MessageWriter } from './application/services/message-writer';
import { SenderNames } from './application/services/sender-names';
import { RoomAccess } from './application/services/room-access';
import { UnreadMessages } from './application/services/unread-messages';
import { CHAT_ENTITIES } from './chat.entities';
import { MessageRepository } from './domain/message/message.repository';
import { ReadMarkerRepository } from './domain/read-state/read-marker.repository';
import { ChatRoomRepository } from './domain/room/chat-room.repository';
import { MikroOrmChatRoomRepository } from './infrastructure/persistence/mikro-orm-chat-room.repository';
import { MikroOrmMessageRepository } from './infrastructure/persistence/mikro-orm-message.repository';
import { MikroOrmReadMarkerRepository } from './infrastructure/persistence/mikro-orm-read-marker.repository';
import { SqlReminderOutbox } from './infrastructure/persistence/sql-reminder-outbox';
import { ChatRemindersQueueModule } from './infrastructure/jobs/chat-reminders.queue';
import { RedisPresence } from './infrastructure/realtime/redis-presence';

/** Chat's use cases: commands, queries and their storage, without HTTP or Socket.IO. */
@Module({
  imports: [MikroOrmModule.forFeature([...CHAT_ENTITIES]), ChatRemindersQueueModule],
  providers: [
    { provide: ChatRoomRepository, useClass: MikroOrmChatRoomRepository },
    { provide: MessageRepository, useClass: MikroOrmMessageRepository },
    { provide: ReadMarkerRepository, useClass: MikroOrmReadMarkerRepository },
    { provide: Presence, useClass: RedisPresence },
    { provide: ReminderOutbox, useClass: SqlReminderOutbox },
    RoomAccess,
    UnreadMessages,
    MessageWriter,
    SenderNames,
    RoomViews,
    OpenRoomHandler,
    PostMessageHandler,
    MarkReadHandler,
    SendUnreadReminderHandler,
    GetRoomHandler,
    ListRoomsHandler,
    ListMessagesHandler,
  ],
  exports: [RoomAccess, Presence],
})
export class ChatCoreModule {}

/** The chat context in an API process: REST and the realtime gateway. */
@Module({
  imports: [ChatCoreModule],
  controllers: [ChatController],
  providers: [ChatGateway],
})
export class ChatModule {}
