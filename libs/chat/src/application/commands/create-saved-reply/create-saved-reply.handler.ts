import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { SavedReply } from '../../../domain/seller-tools/saved-reply.aggregate';
import { SavedReplyRepository } from '../../../domain/seller-tools/saved-reply.repository';
import {
  SavedReplyView,
  toSavedReplyView,
} from '../../queries/list-saved-replies/saved-reply.view';
import { ShopSellers } from '../../services/shop-sellers';
import { CreateSavedReplyCommand } from './create-saved-reply.command';

@CommandHandler(CreateSavedReplyCommand)
export class CreateSavedReplyHandler implements ICommandHandler<CreateSavedReplyCommand> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly replies: SavedReplyRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, shopId, title, body }: CreateSavedReplyCommand): Promise<SavedReplyView> {
    await this.sellers.check(actor, shopId);
    const reply = SavedReply.create({
      shopId,
      title,
      body,
      maxBodyLength: this.config.chat.maxMessageLength,
      now: new Date(),
    });
    await this.replies.save(reply);
    return toSavedReplyView(reply);
  }
}
