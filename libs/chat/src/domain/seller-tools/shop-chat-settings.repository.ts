import { AwayChange, ShopChatSettings } from './shop-chat-settings.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShopChatSettingsRepository {
  /** The shop's saved settings, if its seller ever saved any. */
  abstract findByShop(shopId: string): Promise<ShopChatSettings | null>;
  /**
   * Runs `change` on the shop's settings (the defaults when none were saved) under a row lock,
   * and stores them with the away period it opened or closed, in one transaction.
   */
  abstract update(
    shopId: string,
    now: Date,
    change: (settings: ShopChatSettings) => AwayChange,
  ): Promise<ShopChatSettings>;
}
