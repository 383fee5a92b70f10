import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { RefreshTokenFamily } from '../../domain/session/refresh-token-family.aggregate';
import { RefreshTokenFamilyRepository } from '../../domain/session/refresh-token-family.repository';

@Injectable()
export class MikroOrmRefreshTokenFamilyRepository extends RefreshTokenFamilyRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByIdForUpdate(id: string): Promise<RefreshTokenFamily | null> {
    return this.em.findOne(
      RefreshTokenFamily,
      { id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async findActiveByUser(userId: string, now: Date): Promise<RefreshTokenFamily[]> {
    const families = await this.em.find(
      RefreshTokenFamily,
      { userId, expiresAt: { $gt: now } },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    return families.filter((family) => family.isActive(now));
  }

  async save(...families: RefreshTokenFamily[]): Promise<void> {
    await this.em.persist(families).flush();
  }
}
