import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, AppConfig, Role } from '@pasar/shared';
import { RefreshTokenFamily } from '../../domain/session/refresh-token-family.aggregate';
import { RefreshTokenFamilyRepository } from '../../domain/session/refresh-token-family.repository';
import { TokenPairView } from './token-pair.view';

/** A refresh token is `<family id>.<secret>`; only sha256(secret) is stored. */
export interface ParsedRefreshToken {
  familyId: string;
  secret: string;
}

const REFRESH_TOKEN = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

export function parseRefreshToken(token: string): ParsedRefreshToken | null {
  const match = REFRESH_TOKEN.exec(token);
  return match ? { familyId: match[1], secret: match[2] } : null;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Starts sessions and signs the token pairs handed to clients. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly families: RefreshTokenFamilyRepository,
  ) {}

  /** A new session (refresh-token family) for the user, and its first token pair. */
  async start(user: { id: string; role: Role }): Promise<TokenPairView> {
    const secret = newSecret();
    const family = RefreshTokenFamily.start({
      id: randomUUID(),
      userId: user.id,
      tokenHash: hashSecret(secret),
      now: new Date(),
      ttlSeconds: this.config.jwt.refreshTtlSeconds,
    });
    await this.families.save(family);
    return this.pair(user, family, secret);
  }

  /** Signs an access token for the family's session and packs the refresh token. */
  async pair(
    user: { id: string; role: Role },
    family: RefreshTokenFamily,
    secret: string,
  ): Promise<TokenPairView> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      role: user.role,
      sid: family.id,
      jti: randomUUID(),
    };
    return {
      accessToken: await this.jwt.signAsync(claims),
      refreshToken: `${family.id}.${secret}`,
      tokenType: 'Bearer',
      expiresIn: this.config.jwt.accessTtlSeconds,
      refreshExpiresAt: family.expiresAt.toISOString(),
    };
  }
}
