import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { AwayPeriod } from '../../domain/seller-tools/away-period.entity';
import {
  AwayChange,
  ShopChatSettings,
} from '../../domain/seller-tools/shop-chat-settings.aggregate';
import { ShopChatSettingsRepository } from '../../domain/seller-tools/shop-chat-settings.repository';

@Injectable()
export class MikroOrmShopChatSettingsRepository extends ShopChatSettingsRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByShop(shopId: string): Promise<ShopChatSettings | null> {
    return this.em.fork().findOne(ShopChatSettings, { shopId });
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
    try {
      return await attempt();
    } catch (error) {
      // Two first saves of the shop's settings raced; the second now finds and locks the row.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      return attempt();
    }
  }
}
