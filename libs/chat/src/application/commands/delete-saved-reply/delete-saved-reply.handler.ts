import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { SavedReplyRepository } from '../../../domain/seller-tools/saved-reply.repository';
import { savedReplyNotFound } from '../../../domain/seller-tools/seller-tools.errors';
import { ShopSellers } from '../../services/shop-sellers';
import { DeleteSavedReplyCommand } from './delete-saved-reply.command';

@CommandHandler(DeleteSavedReplyCommand)
export class DeleteSavedReplyHandler implements ICommandHandler<DeleteSavedReplyCommand> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly replies: SavedReplyRepository,
  ) {}

  async execute({ actor, shopId, replyId }: DeleteSavedReplyCommand): Promise<void> {
    await this.sellers.check(actor, shopId);
    const reply = await this.replies.findInShop(shopId, replyId);
    if (!reply) throw savedReplyNotFound(replyId);
    await this.replies.remove(reply);
  }
}
