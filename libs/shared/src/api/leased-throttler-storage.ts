import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';

/** What a storage answers the throttler guard (the library does not export the type's name). */
type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** At most this share of a limit sits unused in one instance's lease (see `leaseSize`). */
const LEASE_SHARE = 100;
/** The largest lease: a key's counter in Redis trails this instance by at most this many hits. */
const MAX_LEASE = 50;
/** Expired leases are swept (on a Redis round trip) once the table holds more keys than this. */
const SWEEP_ABOVE = 10_000;

/**
 * Takes up to `want` hits of a window from the shared counter. Returns the hits counted before
 * the grant, the window's remaining ms, the hits granted (0 = refused) and the block's
 * remaining ms. The request that finds the window full starts a block of `blockDuration` ms.
 */
const TAKE_HITS = `
local hitKey, blockKey = KEYS[1], KEYS[2]
local ttl, limit, blockDuration, want = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local blocked = redis.call('PTTL', blockKey)
if blocked > 0 then
  return { tonumber(redis.call('GET', hitKey) or limit), math.max(redis.call('PTTL', hitKey), 0), 0, blocked }
end
local hits = tonumber(redis.call('GET', hitKey) or '0')
local grant = math.min(want, limit - hits)
if grant < 1 then
  redis.call('SET', blockKey, 1, 'PX', blockDuration)
  return { hits, math.max(redis.call('PTTL', hitKey), 0), 0, blockDuration }
end
redis.call('INCRBY', hitKey, grant)
local expires = redis.call('PTTL', hitKey)
if expires <= 0 then
  redis.call('PEXPIRE', hitKey, ttl)
  expires = ttl
end
return { hits, expires, grant, 0 }
`;

type TakeHitsReply = [hitsBefore: number, windowMs: number, granted: number, blockMs: number];

interface RedisWithTakeHits extends Redis {
  pasarTakeHits(
    hitKey: string,
    blockKey: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    want: number,
  ): Promise<TakeHitsReply>;
}

/** One client's counter of one throttler, as the throttler guard describes it. */
interface Window {
  key: string;
  throttlerName: string;
  /** The window's length in ms. */
  ttl: number;
  limit: number;
  blockDuration: number;
}

/** Hits this instance took from a key's shared counter and has not used yet. */
interface Lease {
  /** The counter's value as of the next local hit (what the client has used, as far as known). */
  counted: number;
  remaining: number;
  windowEndsAt: number;
  blockedUntil: number;
  /** A round trip to Redis under way for this key: other requests wait for it. */
  refill?: Promise<void>;
}

/**
 * The rate limits' storage, shared by every API instance through one counter per key in Redis,
 * without a Redis round trip per request. An instance takes hits from the counter in leases
 * (a hundredth of the limit, at most 50) and spends them locally until the lease or the window
 * runs out. Nobody gets past the limit: every hit served was counted in Redis first. The
 * approximation is the other way round: hits leased by one instance and unused count against
 * the client everywhere, so it may be refused up to one lease per instance early. Limits under
 * 200 (the credential routes') lease one hit, which makes them exact, with no local state.
 */
export class LeasedThrottlerStorage implements ThrottlerStorage {
  private readonly redis: RedisWithTakeHits;
  private readonly leases = new Map<string, Lease>();

  constructor(
    redis: Redis,
    private readonly now: () => number = Date.now,
  ) {
    redis.defineCommand('pasarTakeHits', { numberOfKeys: 2, lua: TAKE_HITS });
    this.redis = redis as RedisWithTakeHits;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const window = { key, throttlerName, ttl, limit, blockDuration };
    const want = leaseSize(limit);
    if (want === 1) {
      const [hitsBefore, windowMs, granted, blockMs] = await this.take(window, 1);
      return record(hitsBefore + 1, windowMs, granted === 0, blockMs);
    }
    const id = `${throttlerName}\n${key}`;
    let lease = this.leases.get(id);
    if (!lease) {
      lease = { counted: 0, remaining: 0, windowEndsAt: 0, blockedUntil: 0 };
      this.leases.set(id, lease);
    }
    for (;;) {
      if (lease.refill) {
        await lease.refill;
        continue;
      }
      const now = this.now();
      if (now < lease.blockedUntil) {
        return record(lease.counted + 1, lease.windowEndsAt - now, true, lease.blockedUntil - now);
      }
      if (lease.remaining > 0 && now < lease.windowEndsAt) {
        lease.remaining -= 1;
        lease.counted += 1;
        return record(lease.counted, lease.windowEndsAt - now, false, 0);
      }
      lease.refill = this.refill(lease, window, want);
    }
  }

  /** Replaces a spent or expired lease with a new one from Redis (or a block). */
  private async refill(lease: Lease, window: Window, want: number): Promise<void> {
    try {
      const [hitsBefore, windowMs, granted, blockMs] = await this.take(window, want);
      const now = this.now();
      lease.counted = hitsBefore;
      lease.remaining = granted;
      lease.windowEndsAt = now + windowMs;
      lease.blockedUntil = granted === 0 ? now + blockMs : 0;
      // After the update, so this lease (current again) is never the one swept.
      if (this.leases.size > SWEEP_ABOVE) this.sweep();
    } finally {
      lease.refill = undefined;
    }
  }

  private take(window: Window, want: number): Promise<TakeHitsReply> {
    // Both keys in one hash slot (`{…}`), as Redis Cluster needs for a script.
    const slot = `{${window.key}:${window.throttlerName}}`;
    const { ttl, limit, blockDuration } = window;
    return this.redis.pasarTakeHits(
      `${slot}:hits`,
      `${slot}:blocked`,
      ttl,
      limit,
      blockDuration,
      want,
    );
  }

  /** Forgets the leases of windows and blocks that have ended. */
  private sweep(): void {
    const now = this.now();
    for (const [id, lease] of this.leases) {
      if (!lease.refill && now >= lease.windowEndsAt && now >= lease.blockedUntil) {
        this.leases.delete(id);
      }
    }
  }
}

/** How many hits one round trip to Redis takes for a limit (1 = every request asks Redis). */
export function leaseSize(limit: number): number {
  return Math.max(1, Math.min(MAX_LEASE, Math.floor(limit / LEASE_SHARE)));
}

function record(
  totalHits: number,
  windowMs: number,
  isBlocked: boolean,
  blockMs: number,
): ThrottlerStorageRecord {
  return {
    totalHits,
    timeToExpire: Math.ceil(Math.max(windowMs, 0) / 1000),
    isBlocked,
    timeToBlockExpire: Math.ceil(Math.max(blockMs, 0) / 1000),
  };
}
