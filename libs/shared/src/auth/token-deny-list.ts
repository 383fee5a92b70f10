import { Injectable } from '@nestjs/common';
import { Redis } from 'ioredis';

/**
 * Revoked access tokens and sessions, kept in Redis until the access tokens they cover
 * would have expired anyway. Checked on every authenticated request (one MGET).
 */
@Injectable()
export class TokenDenyList {
  constructor(private readonly redis: Redis) {}

  async denyToken(tokenId: string, expiresAt: Date): Promise<void> {
    const ttl = Math.ceil((expiresAt.getTime() - Date.now()) / 1000);
    if (ttl > 0) await this.redis.set(`deny:jti:${tokenId}`, '1', 'EX', ttl);
  }

  /** Refuses every access token of these sessions issued so far (they live `ttlSeconds` at most). */
  async denySessions(sessionIds: string[], ttlSeconds: number): Promise<void> {
    if (sessionIds.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const id of sessionIds) pipeline.set(`deny:sid:${id}`, '1', 'EX', ttlSeconds);
    await pipeline.exec();
  }

  async isDenied(tokenId: string, sessionId: string): Promise<boolean> {
    const [token, session] = await this.redis.mget(`deny:jti:${tokenId}`, `deny:sid:${sessionId}`);
    return token !== null || session !== null;
  }
}
