import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '@pasar/shared';
import { Presence } from '../../application/ports/presence';

// Keys (under the shared client's REDIS_PREFIX). Per user, and per user in a room, a hash of
// instance id → sockets of that user on that instance; per instance a heartbeat key with a TTL.
// A hash field counts only while its instance's heartbeat key exists, so the share of an instance
// that died without disconnecting its sockets stops counting once its heartbeat lapses.
const userKey = (userId: string) => `chat:online:user:${userId}`;
const roomKey = (roomId: string, userId: string) => `chat:online:room:${roomId}:user:${userId}`;
const INSTANCE_KEY = 'chat:online:instance:';

// Sets (or, at zero, removes) this instance's share and returns the live shares of the others,
// in one step, so two instances counting the same user at once agree on who was first or last.
// Shares of dead instances are removed on the way. The key expires a socket's longest life after
// its last count, so shares of dead instances that nobody reads again do not stay forever.
// KEYS[1] the hash; ARGV: own instance id, own count, heartbeat key prefix, key TTL in seconds.
const WRITE_SHARE = `local own, count, prefix = ARGV[1], tonumber(ARGV[2]), ARGV[3]
if count > 0 then
  redis.call('HSET', KEYS[1], own, count)
  redis.call('EXPIRE', KEYS[1], ARGV[4])
else
  redis.call('HDEL', KEYS[1], own)
end
local others = 0
local shares = redis.call('HGETALL', KEYS[1])
for i = 1, #shares, 2 do
  local id = shares[i]
  if id ~= own then
    if redis.call('EXISTS', prefix .. id) == 1 then
      others = others + tonumber(shares[i + 1])
    else
      redis.call('HDEL', KEYS[1], id)
    end
  end
end
return others`;

// Per key: 1 when a live instance has a positive share, else 0 (dead shares are removed).
// KEYS the user hashes; ARGV[1] the heartbeat key prefix.
const ONLINE = `local prefix = ARGV[1]
local alive = {}
local online = {}
for k = 1, #KEYS do
  online[k] = 0
  local shares = redis.call('HGETALL', KEYS[k])
  for i = 1, #shares, 2 do
    local id = shares[i]
    if alive[id] == nil then alive[id] = redis.call('EXISTS', prefix .. id) == 1 end
    if not alive[id] then
      redis.call('HDEL', KEYS[k], id)
    elseif tonumber(shares[i + 1]) > 0 then
      online[k] = 1
    end
  end
end
return online`;

// Renews the heartbeat; returns 0 when it had lapsed (the shares may have been removed since).
const HEARTBEAT = `local existed = redis.call('EXISTS', KEYS[1])
redis.call('SET', KEYS[1], '1', 'EX', ARGV[1])
return existed`;

/**
 * Presence in Redis, so every API instance sees the sockets of the others. Each instance keeps
 * its own counts (the truth for its sockets) and writes them as its share under a random
 * instance id, renewing a heartbeat key every third of `config.chat.presenceTtlSeconds`.
 */
@Injectable()
export class RedisPresence extends Presence implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('RedisPresence');
  private readonly instanceId = randomUUID();
  /** This instance's sockets per hash key (user, or user in a room). */
  private readonly counts = new Map<string, number>();
  private readonly heartbeatKey = `${INSTANCE_KEY}${this.instanceId}`;
  /** Lua builds heartbeat keys itself, so it needs the client's key prefix too. */
  private readonly heartbeatPrefix: string;
  private readonly ttlSeconds: number;
  private readonly shareTtlSeconds: number;
  private heartbeat?: NodeJS.Timeout;

  constructor(
    private readonly redis: Redis,
    config: AppConfig,
  ) {
    super();
    this.heartbeatPrefix = `${redis.options.keyPrefix ?? ''}${INSTANCE_KEY}`;
    this.ttlSeconds = config.chat.presenceTtlSeconds;
    // A socket lives no longer than its access token (the gateway disconnects it then).
    this.shareTtlSeconds = config.jwt.accessTtlSeconds + this.ttlSeconds;
  }

  async onModuleInit(): Promise<void> {
    await this.beat();
    this.heartbeat = setInterval(() => void this.beat(), (this.ttlSeconds * 1000) / 3);
    this.heartbeat.unref();
  }

  /** After the gateway uncounted this instance's sockets: its shares stop counting at once. */
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    await this.redis.del(this.heartbeatKey).catch(() => undefined);
  }

  async connected(userId: string): Promise<void> {
    await this.count(userKey(userId), 1);
  }

  async disconnected(userId: string): Promise<void> {
    await this.count(userKey(userId), -1);
  }

  async joinedRoom(roomId: string, userId: string): Promise<boolean> {
    const { before, others } = await this.count(roomKey(roomId, userId), 1);
    return before === 0 && others === 0;
  }

  async leftRoom(roomId: string, userId: string): Promise<boolean> {
    const { after, others } = await this.count(roomKey(roomId, userId), -1);
    return after === 0 && others === 0;
  }

  async onlineAmong(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const online = (await this.redis.eval(
      ONLINE,
      userIds.length,
      ...userIds.map(userKey),
      this.heartbeatPrefix,
    )) as number[];
    return new Set(userIds.filter((_, index) => online[index] === 1));
  }

  async forget(userId: string, roomIds: string[]): Promise<void> {
    const keys = [userKey(userId), ...roomIds.map((roomId) => roomKey(roomId, userId))];
    keys.forEach((key) => this.counts.delete(key));
    await this.redis.del(...keys);
  }

  /** Changes this instance's count under `key`; `others` is what live instances count there. */
  private async count(key: string, delta: 1 | -1) {
    const before = this.counts.get(key) ?? 0;
    const after = Math.max(0, before + delta);
    if (after > 0) this.counts.set(key, after);
    else this.counts.delete(key);
    const others = await this.redis.eval(
      WRITE_SHARE,
      1,
      key,
      this.instanceId,
      after,
      this.heartbeatPrefix,
      this.shareTtlSeconds,
    );
    return { before, after, others: Number(others) };
  }

  /**
   * Renews the heartbeat. If it had lapsed (Redis unreachable for a while), other instances may
   * have removed this instance's shares as dead, so they are written again.
   */
  private async beat(): Promise<void> {
    try {
      const existed = await this.redis.eval(HEARTBEAT, 1, this.heartbeatKey, this.ttlSeconds);
      if (Number(existed) === 1 || this.counts.size === 0) return;
      const rewrite = this.redis.pipeline();
      for (const [key, count] of this.counts) {
        rewrite.hset(key, this.instanceId, count).expire(key, this.shareTtlSeconds);
      }
      await rewrite.exec();
    } catch (error) {
      this.logger.warn({ err: error }, 'chat presence heartbeat failed');
    }
  }
}
