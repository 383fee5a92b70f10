import { Attachment } from './domain/attachment/attachment.entity';
import { Message } from './domain/message/message.aggregate';
import { ReadMarker } from './domain/read-state/read-marker.entity';
import { ChatRoom } from './domain/room/chat-room.aggregate';

/** Every table of the chat schema (the migration CLI and the module both use this list). */
export const CHAT_ENTITIES = [ChatRoom, Message, ReadMarker, Attachment];
