import { ChatBlock } from './domain/block/chat-block.entity';
import { ContactFilterSettings } from './domain/contact-filter/contact-filter-settings.entity';
import { Attachment } from './domain/attachment/attachment.entity';
import { Message } from './domain/message/message.aggregate';
import { ContactHit } from './domain/moderation/contact-hit.entity';
import { ModerationCase } from './domain/moderation/moderation-case.aggregate';
import { ReadMarker } from './domain/read-state/read-marker.entity';
import { ChatRoom } from './domain/room/chat-room.aggregate';
import { AutoReplyClaim } from './domain/seller-tools/auto-reply-claim.entity';
import { AwayPeriod } from './domain/seller-tools/away-period.entity';
import { SavedReply } from './domain/seller-tools/saved-reply.aggregate';
import { ShopChatSettings } from './domain/seller-tools/shop-chat-settings.aggregate';

/** Every table of the chat schema (the migration CLI and the module both use this list). */
export const CHAT_ENTITIES = [
  ChatRoom,
  Message,
  ReadMarker,
  SavedReply,
  ShopChatSettings,
  AwayPeriod,
  AutoReplyClaim,
  ChatBlock,
  ContactFilterSettings,
  ContactHit,
  ModerationCase,
  Attachment,
];
