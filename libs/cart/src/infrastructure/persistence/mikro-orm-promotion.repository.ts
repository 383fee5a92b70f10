import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Promotion } from '../../domain/promotion/promotion.aggregate';
import { PromotionCodeTakenError } from '../../domain/promotion/promotion.errors';
import { PromotionRepository } from '../../domain/promotion/promotion.repository';

@Injectable()
export class MikroOrmPromotionRepository extends PromotionRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findById(id: string): Promise<Promotion | null> {
    return this.em.findOne(Promotion, { id }, { refresh: true });
  }

  findByCode(code: string): Promise<Promotion | null> {
    return this.em.findOne(Promotion, { code }, { refresh: true });
  }

  findByIdForUpdate(id: string): Promise<Promotion | null> {
    return this.em.findOne(
      Promotion,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async save(promotion: Promotion): Promise<void> {
    try {
      await this.em.persist(promotion).flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new PromotionCodeTakenError(promotion.code);
      }
      throw error;
    }
  }
}
