import { Provider } from '@nestjs/common';
import { CreateSavedReplyHandler } from './application/commands/create-saved-reply/create-saved-reply.handler';
import { DeleteSavedReplyHandler } from './application/commands/delete-saved-reply/delete-saved-reply.handler';
import { SendSavedReplyHandler } from './application/commands/send-saved-reply/send-saved-reply.handler';
import { UpdateChatSettingsHandler } from './application/commands/update-chat-settings/update-chat-settings.handler';
import { UpdateSavedReplyHandler } from './application/commands/update-saved-reply/update-saved-reply.handler';
import { AutoReplyClaims } from './application/ports/auto-reply-claims';
import { BlockedBuyers } from './application/ports/blocked-buyers';
import { GetChatSettingsHandler } from './application/queries/get-chat-settings/get-chat-settings.handler';
import { GetResponseTimeHandler } from './application/queries/get-response-time/get-response-time.handler';
import { ListSavedRepliesHandler } from './application/queries/list-saved-replies/list-saved-replies.handler';
import { PreviewSavedReplyHandler } from './application/queries/preview-saved-reply/preview-saved-reply.handler';
import { AutoReplier } from './application/services/auto-replier';
import { SavedReplyRenderer } from './application/services/saved-reply-renderer';
import { ShopSellers } from './application/services/shop-sellers';
import { SavedReplyRepository } from './domain/seller-tools/saved-reply.repository';
import { ShopChatSettingsRepository } from './domain/seller-tools/shop-chat-settings.repository';
import { MikroOrmSavedReplyRepository } from './infrastructure/persistence/mikro-orm-saved-reply.repository';
import { MikroOrmShopChatSettingsRepository } from './infrastructure/persistence/mikro-orm-shop-chat-settings.repository';
import { SqlAutoReplyClaims } from './infrastructure/persistence/sql-auto-reply-claims';
import { SqlBlockedBuyers } from './infrastructure/persistence/sql-blocked-buyers';

/** The seller tools' use cases and storage (saved replies, away mode, response time). */
export const SELLER_TOOLS_PROVIDERS: Provider[] = [
  { provide: SavedReplyRepository, useClass: MikroOrmSavedReplyRepository },
  { provide: ShopChatSettingsRepository, useClass: MikroOrmShopChatSettingsRepository },
  { provide: AutoReplyClaims, useClass: SqlAutoReplyClaims },
  { provide: BlockedBuyers, useClass: SqlBlockedBuyers },
  ShopSellers,
  SavedReplyRenderer,
  AutoReplier,
  CreateSavedReplyHandler,
  UpdateSavedReplyHandler,
  DeleteSavedReplyHandler,
  ListSavedRepliesHandler,
  PreviewSavedReplyHandler,
  SendSavedReplyHandler,
  UpdateChatSettingsHandler,
  GetChatSettingsHandler,
  GetResponseTimeHandler,
];
