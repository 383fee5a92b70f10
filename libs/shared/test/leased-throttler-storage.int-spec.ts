import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { LeasedThrottlerStorage, leaseSize } from '../src/api/leased-throttler-storage';
import { redisOptionsFromUrl } from '../src/redis/redis-options';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const MINUTE = 60_000;

describe('LeasedThrottlerStorage (rate limits in Redis, leased per instance)', () => {
  const prefix = `test_throttle_${process.pid}_${randomBytes(4).toString('hex')}:`;
  const clients: Redis[] = [];
  let key = 0;
  const freshKey = () => `client-${++key}`;

  /** One API instance's storage, on its own Redis connection; `calls` counts its round trips. */
  const instance = (now?: () => number) => {
    const redis = new Redis({ ...redisOptionsFromUrl(REDIS_URL), keyPrefix: prefix });
    clients.push(redis);
    const storage = new LeasedThrottlerStorage(redis, now);
    const calls = { count: 0 };
    const take = (redis as unknown as Record<string, (...args: unknown[]) => unknown>)
      .pasarTakeHits;
    Object.assign(redis, {
      pasarTakeHits: (...args: unknown[]) => {
        calls.count += 1;
        return take.apply(redis, args);
      },
    });
    return { storage, redis, calls };
  };

  const counter = (name: string, throttler = 'default') =>
    clients[0].get(`{${name}:${throttler}}:hits`).then(Number);

  afterAll(async () => {
    const keys = await clients[0].keys(`${prefix}*`);
    if (keys.length > 0) await clients[0].del(...keys.map((k) => k.slice(prefix.length)));
    await Promise.all(clients.map((client) => client.quit()));
  });

  it('leases a hundredth of the limit, between 1 and 50 hits', () => {
    expect(leaseSize(10)).toBe(1);
    expect(leaseSize(199)).toBe(1);
    expect(leaseSize(600)).toBe(6);
    expect(leaseSize(1000)).toBe(10);
    expect(leaseSize(10_000_000)).toBe(50);
  });

  it('asks Redis on every request for a tight limit: exact, then blocked with a retry time', async () => {
    const { storage, calls } = instance();
    const name = freshKey();
    const answers = [];
    for (let i = 0; i < 4; i++)
      answers.push(await storage.increment(name, MINUTE, 3, 5000, 'auth'));
    expect(answers.map((a) => [a.totalHits, a.isBlocked])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(answers[3].timeToBlockExpire).toBe(5);
    expect(answers[0].timeToExpire).toBeGreaterThanOrEqual(59);
    expect(calls.count).toBe(4);
    expect(await counter(name, 'auth')).toBe(3);
  });

  it('serves a lease locally: one round trip per lease, counted in Redis before it is spent', async () => {
    const { storage, calls } = instance();
    const name = freshKey();
    const answers = await Promise.all(
      Array.from({ length: 95 }, () => storage.increment(name, MINUTE, 1000, MINUTE, 'default')),
    );
    expect(answers.every((a) => !a.isBlocked)).toBe(true);
    expect(answers.map((a) => a.totalHits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 95 }, (_, i) => i + 1),
    );
    expect(calls.count).toBe(10);
    expect(await counter(name)).toBe(100);
  });

  it('never lets a client past the limit across instances, and blocks it on each', async () => {
    const first = instance();
    const second = instance();
    const name = freshKey();
    const limit = 1000;
    const hit = (which: typeof first) =>
      which.storage.increment(name, MINUTE, limit, MINUTE, 'default');
    let allowed = 0;
    for (let i = 0; i < 1200; i++) {
      const answer = await hit(i % 3 === 0 ? first : second);
      if (!answer.isBlocked) allowed += 1;
    }
    // Each instance may strand at most one lease (10 hits) when the window fills up.
    expect(allowed).toBeLessThanOrEqual(limit);
    expect(allowed).toBeGreaterThanOrEqual(limit - 2 * leaseSize(limit));
    expect(await counter(name)).toBeLessThanOrEqual(limit);
    for (const which of [first, second]) {
      const answer = await hit(which);
      expect(answer.isBlocked).toBe(true);
      expect(answer.timeToBlockExpire).toBeGreaterThan(0);
    }
  });

  it('starts over when the window ends, on the instance and in Redis', async () => {
    let clock = Date.now();
    const { storage } = instance(() => clock);
    const name = freshKey();
    const limit = 200;
    // Long enough that the hits below fit in one window even on a loaded machine.
    const windowMs = 3_000;
    for (let i = 0; i < limit; i++) {
      expect((await storage.increment(name, windowMs, limit, windowMs, 'default')).isBlocked).toBe(
        false,
      );
    }
    expect((await storage.increment(name, windowMs, limit, windowMs, 'default')).isBlocked).toBe(
      true,
    );
    // Redis expires the window's keys on its own clock; the instance's clock follows it.
    await new Promise((resolve) => setTimeout(resolve, windowMs + 100));
    clock += windowMs + 100;
    const after = await storage.increment(name, windowMs, limit, windowMs, 'default');
    expect(after).toMatchObject({ isBlocked: false, totalHits: 1 });
  });
});
