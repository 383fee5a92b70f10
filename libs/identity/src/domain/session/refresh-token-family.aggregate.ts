import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { RefreshTokenInvalidError } from './session.errors';

export const REVOKE_REASONS = [
  'logout',
  'reuse_detected',
  'password_changed',
  'banned',
  'account_deleted',
] as const;
export type RevokeReason = (typeof REVOKE_REASONS)[number];

export type RotationOutcome = 'rotated' | 'reuse_detected';

/**
 * One sign-in session: the chain of refresh tokens issued for it (RFC 9700 §4.14.2).
 * Only the hash of the newest token is kept. Presenting it rotates the chain; presenting any
 * other token of this family means a token leaked, so the whole family is revoked.
 * Its id is the `sid` claim of the access tokens issued for the session.
 */
@Entity({ schema: 'identity', tableName: 'refresh_token_families' })
export class RefreshTokenFamily {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly userId: string;

  @Property({ type: 'string', length: 64, fieldName: 'current_hash' })
  private _currentHash: string;

  @Property({ type: 'integer', fieldName: 'generation' })
  private _generation = 1;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'last_rotated_at' })
  private _lastRotatedAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly expiresAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'revoked_at',
  })
  private _revokedAt: Date | null = null;

  @Enum({ items: () => REVOKE_REASONS, nullable: true, fieldName: 'revoked_reason' })
  private _revokedReason: RevokeReason | null = null;

  private constructor(
    id: string,
    userId: string,
    tokenHash: string,
    now: Date,
    ttlSeconds: number,
  ) {
    this.id = id;
    this.userId = userId;
    this._currentHash = tokenHash;
    this.createdAt = now;
    this._lastRotatedAt = now;
    this.expiresAt = new Date(now.getTime() + ttlSeconds * 1000);
  }

  /** Starts a session whose first refresh token hashes to `tokenHash`. */
  static start(props: {
    id: string;
    userId: string;
    tokenHash: string;
    now: Date;
    ttlSeconds: number;
  }) {
    return new RefreshTokenFamily(
      props.id,
      props.userId,
      props.tokenHash,
      props.now,
      props.ttlSeconds,
    );
  }

  get generation(): number {
    return this._generation;
  }

  get revokedAt(): Date | null {
    return this._revokedAt;
  }

  get revokedReason(): RevokeReason | null {
    return this._revokedReason;
  }

  isActive(now: Date): boolean {
    return this._revokedAt === null && now < this.expiresAt;
  }

  /**
   * Exchanges the presented token for the next one. A token that is not the newest revokes
   * the family and reports reuse; the caller must persist that before refusing the request.
   */
  rotate(presentedHash: string, nextHash: string, now: Date): RotationOutcome {
    if (this._revokedAt !== null) throw new RefreshTokenInvalidError('revoked');
    if (now >= this.expiresAt) throw new RefreshTokenInvalidError('expired');
    if (presentedHash !== this._currentHash) {
      this.revoke('reuse_detected', now);
      return 'reuse_detected';
    }
    this._currentHash = nextHash;
    this._generation += 1;
    this._lastRotatedAt = now;
    return 'rotated';
  }

  /** Ends the session; revoking twice keeps the first reason. */
  revoke(reason: RevokeReason, now: Date): void {
    if (this._revokedAt !== null) return;
    this._revokedAt = now;
    this._revokedReason = reason;
  }
}
