import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { PromotionRedemption } from '../../domain/promotion/promotion-redemption.entity';
import { PromotionRedemptionRepository } from '../../domain/promotion/promotion-redemption.repository';

@Injectable()
export class MikroOrmPromotionRedemptionRepository extends PromotionRedemptionRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByOrderForUpdate(orderId: string): Promise<PromotionRedemption | null> {
    return this.em.findOne(
      PromotionRedemption,
      { orderId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(redemption: PromotionRedemption): Promise<void> {
    await this.em.persist(redemption).flush();
  }
}
