import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ShopChatSettings } from '../../../domain/seller-tools/shop-chat-settings.aggregate';
import { ShopChatSettingsRepository } from '../../../domain/seller-tools/shop-chat-settings.repository';
import { ShopSellers } from '../../services/shop-sellers';
import { ChatSettingsView, toChatSettingsView } from './chat-settings.view';
import { GetChatSettingsQuery } from './get-chat-settings.query';

@QueryHandler(GetChatSettingsQuery)
export class GetChatSettingsHandler implements IQueryHandler<GetChatSettingsQuery> {
  constructor(
    private readonly sellers: ShopSellers,
    private readonly settings: ShopChatSettingsRepository,
  ) {}

  async execute({ actor, shopId }: GetChatSettingsQuery): Promise<ChatSettingsView> {
    await this.sellers.check(actor, shopId, true);
    const now = new Date();
    const settings =
      (await this.settings.findByShop(shopId)) ?? ShopChatSettings.defaults(shopId, now);
    return toChatSettingsView(settings, now);
  }
}
