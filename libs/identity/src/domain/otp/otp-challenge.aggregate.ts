import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { OtpAttemptsExceededError, OtpExpiredError } from './otp.errors';

export const OTP_PURPOSES = ['phone_sign_in', 'email_verification'] as const;
export type OtpPurpose = (typeof OTP_PURPOSES)[number];

export const OTP_TTL_SECONDS = 300;
export const OTP_MAX_ATTEMPTS = 5;

export type AttemptOutcome = 'accepted' | 'rejected';

/**
 * A one-time code sent to a phone or an email address. Only the code's keyed hash is stored;
 * it expires after five minutes and locks after five wrong attempts. Usable once.
 */
@Entity({ schema: 'identity', tableName: 'otp_challenges' })
@Index({ properties: ['target', 'purpose', 'createdAt'] })
export class OtpChallenge {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Enum({ items: () => OTP_PURPOSES })
  readonly purpose: OtpPurpose;

  /** E.164 phone or normalized email. */
  @Property({ type: 'string', length: 254 })
  readonly target: string;

  @Property({ type: 'string', length: 64, hidden: true })
  readonly codeHash: string;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly expiresAt: Date;

  @Property({ type: 'integer', fieldName: 'attempts' })
  private _attempts = 0;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'consumed_at',
  })
  private _consumedAt: Date | null = null;

  private constructor(
    id: string,
    purpose: OtpPurpose,
    target: string,
    codeHash: string,
    now: Date,
  ) {
    this.id = id;
    this.purpose = purpose;
    this.target = target;
    this.codeHash = codeHash;
    this.createdAt = now;
    this.expiresAt = new Date(now.getTime() + OTP_TTL_SECONDS * 1000);
  }

  /** `hashFor(id)` hashes the code bound to the challenge id, so a hash is useless elsewhere. */
  static issue(props: {
    purpose: OtpPurpose;
    target: string;
    now: Date;
    hashFor: (challengeId: string) => string;
  }): OtpChallenge {
    const id = randomUUID();
    return new OtpChallenge(id, props.purpose, props.target, props.hashFor(id), props.now);
  }

  get attempts(): number {
    return this._attempts;
  }

  get attemptsLeft(): number {
    return Math.max(0, OTP_MAX_ATTEMPTS - this._attempts);
  }

  get consumedAt(): Date | null {
    return this._consumedAt;
  }

  /**
   * Checks a code. A wrong one costs an attempt (the caller persists that before refusing);
   * a right one consumes the challenge.
   */
  attempt(candidateHash: string, now: Date): AttemptOutcome {
    if (this._consumedAt !== null || now >= this.expiresAt) throw new OtpExpiredError();
    if (this._attempts >= OTP_MAX_ATTEMPTS) throw new OtpAttemptsExceededError();
    if (candidateHash !== this.codeHash) {
      this._attempts += 1;
      return 'rejected';
    }
    this._consumedAt = now;
    return 'accepted';
  }
}
