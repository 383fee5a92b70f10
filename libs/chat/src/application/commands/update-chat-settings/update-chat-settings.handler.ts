import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig } from '@pasar/shared';
import { ShopChatSettingsRepository } from '../../../domain/seller-tools/shop-chat-settings.repository';
import {
  ChatSettingsView,
  toChatSettingsView,
} from '../../queries/get-chat-settings/chat-settings.view';
import { ShopSellers } from '../../services/shop-sellers';
import { UpdateChatSettingsCommand } from './update-chat-settings.command';

@CommandHandler(UpdateChatSettingsCommand)
export class UpdateChatSettingsHandler implements ICommandHandler<UpdateChatSettingsCommand> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly settings: ShopChatSettingsRepository,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor, shopId, input }: UpdateChatSettingsCommand): Promise<ChatSettingsView> {
    await this.sellers.check(actor, shopId);
    const now = new Date();
    const settings = await this.settings.update(shopId, now, (current) =>
      current.update(input, this.config.chat.maxMessageLength, now),
    );
    return toChatSettingsView(settings, now);
  }
}
