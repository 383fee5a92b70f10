import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { LruMap } from '@pasar/shared';
import { AwayPeriod } from '../../domain/seller-tools/away-period.entity';
import {
  AwayChange,
  ShopChatSettings,
} from '../../domain/seller-tools/shop-chat-settings.aggregate';
import {
  AUTO_REPLY_SETTINGS_TTL_MS,
  ShopChatSettingsRepository,
} from '../../domain/seller-tools/shop-chat-settings.repository';

/** Shops whose settings a process keeps for automatic replies at most. */
const KNOWN_SHOPS = 10_000;

@Injectable()
export class MikroOrmShopChatSettingsRepository extends ShopChatSettingsRepository {
  /** Null for a shop that never saved settings. */
  private readonly forAutoReply = new LruMap<ShopChatSettings | null>(
    KNOWN_SHOPS,
    AUTO_REPLY_SETTINGS_TTL_MS,
  );

  constructor(private readonly em: EntityManager) {
    super();
  }

  findByShop(shopId: string): Promise<ShopChatSettings | null> {
    return this.em.fork().findOne(ShopChatSettings, { shopId });
  }

  async findForAutoReply(shopId: string): Promise<ShopChatSettings | null> {
    const known = this.forAutoReply.get(shopId);
    if (known !== undefined) return known;
    const settings = await this.findByShop(shopId);
    this.forAutoReply.set(shopId, settings);
    return settings;
  }

  async update(
    shopId: string,
    now: Date,
    change: (settings: ShopChatSettings) => AwayChange,
  ): Promise<ShopChatSettings> {
    const attempt = () =>
      this.em.fork().transactional(async (tx) => {
        let settings = await tx.findOne(
          ShopChatSettings,
          { shopId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        if (!settings) {
          settings = ShopChatSettings.defaults(shopId, now);
          tx.persist(settings);
        }
        const away = change(settings);
        if (away === 'started') tx.persist(new AwayPeriod(shopId, now));
        if (away === 'ended') {
          await tx.nativeUpdate(AwayPeriod, { shopId, endedAt: null }, { endedAt: now });
        }
        return settings;
      });
    const saved = await attempt().catch((error: unknown) => {
      // Two first saves of the shop's settings raced; the second now finds and locks the row.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return attempt();
    });
    this.forAutoReply.set(shopId, saved);
    return saved;
  }
}
