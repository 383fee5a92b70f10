import { AwayChange, ShopChatSettings } from './shop-chat-settings.aggregate';

/** How long a process reuses a shop's settings for automatic replies. */
export const AUTO_REPLY_SETTINGS_TTL_MS = 2_000;

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ShopChatSettingsRepository {
  /** The shop's saved settings, if its seller ever saved any. */
  abstract findByShop(shopId: string): Promise<ShopChatSettings | null>;
  /**
   * The same for automatic replies, asked for every buyer message: as this process read them at
   * most `AUTO_REPLY_SETTINGS_TTL_MS` ago. A change saved through this process shows at once;
   * one saved through another API instance, within that time.
   */
  abstract findForAutoReply(shopId: string): Promise<ShopChatSettings | null>;
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
