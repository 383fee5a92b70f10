import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { OtpChallenge, OtpPurpose } from '../../domain/otp/otp-challenge.aggregate';
import { OtpChallengeRepository } from '../../domain/otp/otp-challenge.repository';

@Injectable()
export class MikroOrmOtpChallengeRepository extends OtpChallengeRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findLatestForUpdate(target: string, purpose: OtpPurpose): Promise<OtpChallenge | null> {
    return this.em.findOne(
      OtpChallenge,
      { target, purpose },
      { orderBy: { createdAt: 'desc' }, lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
  }

  async issuedSince(target: string, purpose: OtpPurpose, since: Date): Promise<Date[]> {
    const rows = await this.em.find(
      OtpChallenge,
      { target, purpose, createdAt: { $gte: since } },
      { fields: ['createdAt'], disableIdentityMap: true },
    );
    return rows.map((row) => row.createdAt);
  }

  async save(challenge: OtpChallenge): Promise<void> {
    await this.em.persist(challenge).flush();
  }
}
