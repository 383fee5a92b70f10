import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessTokenClaims, Actor, ROLES } from './actor';
import { TokenDenyList } from './token-deny-list';

/** Turns verified claims into an Actor, or null when the token or its session was revoked. */
@Injectable()
export class AccessTokenVerifier {
  constructor(
    private readonly jwt: JwtService,
    private readonly denyList: TokenDenyList,
  ) {}

  /** Verifies signature and expiry, then the deny-list. Null for anything not acceptable. */
  async verify(token: string): Promise<Actor | null> {
    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token);
    } catch {
      return null;
    }
    return this.toActor(claims);
  }

  async toActor(claims: AccessTokenClaims): Promise<Actor | null> {
    if (!claims.sub || !claims.sid || !claims.jti || !ROLES.includes(claims.role)) return null;
    if (await this.denyList.isDenied(claims.jti, claims.sid)) return null;
    return {
      id: claims.sub,
      role: claims.role,
      sessionId: claims.sid,
      tokenId: claims.jti,
      tokenExpiresAt: new Date((claims.exp ?? 0) * 1000),
    };
  }
}
