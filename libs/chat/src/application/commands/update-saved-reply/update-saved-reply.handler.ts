import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { SavedReplyRepository } from '../../../domain/seller-tools/saved-reply.repository';
import { savedReplyNotFound } from '../../../domain/seller-tools/seller-tools.errors';
import {
  SavedReplyView,
  toSavedReplyView,
} from '../../queries/list-saved-replies/saved-reply.view';
import { ShopSellers } from '../../services/shop-sellers';
import { UpdateSavedReplyCommand } from './update-saved-reply.command';

@CommandHandler(UpdateSavedReplyCommand)
export class UpdateSavedReplyHandler implements ICommandHandler<UpdateSavedReplyCommand> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly replies: SavedReplyRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({
    actor,
    shopId,
    replyId,
    changes,
  }: UpdateSavedReplyCommand): Promise<SavedReplyView> {
    await this.sellers.check(actor, shopId);
    const reply = await this.replies.findInShop(shopId, replyId);
    if (!reply) throw savedReplyNotFound(replyId);
    reply.edit({ ...changes, maxBodyLength: this.config.chat.maxMessageLength, now: new Date() });
    await this.replies.save(reply);
    return toSavedReplyView(reply);
  }
}
