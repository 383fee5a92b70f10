import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { OtpPurpose } from '../../domain/otp/otp-challenge.aggregate';
import { OtpChallengeRepository } from '../../domain/otp/otp-challenge.repository';
import { OtpInvalidError, OtpNotRequestedError } from '../../domain/otp/otp.errors';
import { OtpCodes } from './otp-codes';

/**
 * Checks a code against the newest challenge for the target, then runs `onAccepted` in the
 * same transaction. A wrong code's spent attempt is committed before the refusal.
 */
@Injectable()
export class OtpVerifier {
  constructor(
    private readonly em: EntityManager,
    private readonly challenges: OtpChallengeRepository,
    private readonly codes: OtpCodes,
  ) {}

  async verify<T>(
    purpose: OtpPurpose,
    target: string,
    code: string,
    onAccepted: (now: Date) => Promise<T>,
  ): Promise<T> {
    const result = await this.em.transactional(async () => {
      const challenge = await this.challenges.findLatestForUpdate(target, purpose);
      if (!challenge) throw new OtpNotRequestedError();
      const now = new Date();
      const outcome = challenge.attempt(this.codes.hash(challenge.id, code), now);
      await this.challenges.save(challenge);
      if (outcome === 'rejected')
        return { accepted: false as const, attemptsLeft: challenge.attemptsLeft };
      return { accepted: true as const, value: await onAccepted(now) };
    });
    if (!result.accepted) throw new OtpInvalidError(result.attemptsLeft);
    return result.value;
  }
}
