import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { CatalogModule } from '@pasar/catalog';
import { ChatAttachmentsController } from './api/chat-attachments.controller';
import { ChatController } from './api/chat.controller';
import { ChatGateway } from './api/chat.gateway';
import { MarkReadHandler } from './application/commands/mark-read/mark-read.handler';
import { OpenRoomHandler } from './application/commands/open-room/open-room.handler';
import { UploadAttachmentHandler } from './application/commands/upload-attachment/upload-attachment.handler';
import { PostMessageHandler } from './application/commands/post-message/post-message.handler';
import { Presence } from './application/ports/presence';
import { GetAttachmentHandler } from './application/queries/get-attachment/get-attachment.handler';
import { GetRoomHandler } from './application/queries/get-room/get-room.handler';
import { RoomViews } from './application/queries/get-room/room-views';
import { ListMessagesHandler } from './application/queries/list-messages/list-messages.handler';
import { ListRoomsHandler } from './application/queries/list-rooms/list-rooms.handler';
import { MessageCards } from './application/services/message-cards';
import { MessageWriter } from './application/services/message-writer';
import { SenderNames } from './application/services/sender-names';
import { RoomAccess } from './application/services/room-access';
import { CHAT_ENTITIES } from './chat.entities';
import { AttachmentRepository } from './domain/attachment/attachment.repository';
import { MessageRepository } from './domain/message/message.repository';
import { ReadMarkerRepository } from './domain/read-state/read-marker.repository';
import { ChatRoomRepository } from './domain/room/chat-room.repository';
import { MikroOrmAttachmentRepository } from './infrastructure/persistence/mikro-orm-attachment.repository';
import { MikroOrmChatRoomRepository } from './infrastructure/persistence/mikro-orm-chat-room.repository';
import { MikroOrmMessageRepository } from './infrastructure/persistence/mikro-orm-message.repository';
import { MikroOrmReadMarkerRepository } from './infrastructure/persistence/mikro-orm-read-marker.repository';
import { RedisPresence } from './infrastructure/realtime/redis-presence';

/** Chat's use cases: commands, queries and their storage, without HTTP or Socket.IO. */
@Module({
  imports: [MikroOrmModule.forFeature([...CHAT_ENTITIES]), CatalogModule],
  providers: [
    { provide: ChatRoomRepository, useClass: MikroOrmChatRoomRepository },
    { provide: MessageRepository, useClass: MikroOrmMessageRepository },
    { provide: ReadMarkerRepository, useClass: MikroOrmReadMarkerRepository },
    { provide: Presence, useClass: RedisPresence },
    { provide: AttachmentRepository, useClass: MikroOrmAttachmentRepository },
    RoomAccess,
    MessageWriter,
    MessageCards,
    SenderNames,
    RoomViews,
    OpenRoomHandler,
    PostMessageHandler,
    UploadAttachmentHandler,
    MarkReadHandler,
    GetRoomHandler,
    GetAttachmentHandler,
    ListRoomsHandler,
    ListMessagesHandler,
  ],
  exports: [RoomAccess, Presence, ChatRoomRepository, MessageRepository, MessageCards],
})
export class ChatCoreModule {}

/** The chat context in an API process: REST and the realtime gateway. */
@Module({
  imports: [ChatCoreModule],
  controllers: [ChatController, ChatAttachmentsController],
  providers: [ChatGateway],
})
export class ChatModule {}
