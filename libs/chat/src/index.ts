// The chat context's public face. Other contexts and apps import only from here.
export { ChatModule, ChatCoreModule } from './chat.module';
export { ChatJobsModule } from './chat-jobs.module';
export { CHAT_ENTITIES } from './chat.entities';
export * from './contracts/chat.events';
export { OpenRoomCommand } from './application/commands/open-room/open-room.command';
export { PostMessageCommand } from './application/commands/post-message/post-message.command';
export { MarkReadCommand } from './application/commands/mark-read/mark-read.command';
export { GetRoomQuery } from './application/queries/get-room/get-room.query';
export { ListRoomsQuery } from './application/queries/list-rooms/list-rooms.query';
export { ListMessagesQuery } from './application/queries/list-messages/list-messages.query';
export { RoomView } from './application/queries/get-room/room.view';
export { MessageView } from './application/queries/get-room/message.view';
export { MessagePageView } from './application/queries/list-messages/message-page.view';
export { ReadReceiptView } from './application/commands/mark-read/read-receipt.view';
