import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { AppConfig, Env, loadConfig } from '../config/app-config';
import { dropDatabase, migrateDatabase } from '../database/database-admin';
import { redisOptionsFromUrl } from '../redis/redis-options';

const BASE_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * A throwaway world for one test file: its own migrated database and its own Redis key
 * prefix. `destroy()` drops both, so test files never see each other's data.
 */
export interface TestEnvironment {
  config: AppConfig;
  destroy(): Promise<void>;
}

export async function createTestEnvironment(env: Env = {}): Promise<TestEnvironment> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const url = new URL(BASE_DATABASE_URL);
  url.pathname = `/pasar_test_${id}`;
  const databaseUrl = url.toString();
  await migrateDatabase(databaseUrl);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: process.env.REDIS_URL,
    DATABASE_URL: databaseUrl,
    REDIS_PREFIX: `test_${id}`,
    RATE_LIMIT_DEFAULT: '100000',
    RATE_LIMIT_AUTH: '100000',
    OUTBOX_POLL_MS: '20',
    ...env,
  });
  return {
    config,
    async destroy() {
      await dropDatabase(databaseUrl);
      await deleteRedisKeys(config.redisUrl, `${config.redisPrefix}:*`);
    },
  };
}

async function deleteRedisKeys(redisUrl: string, pattern: string): Promise<void> {
  const redis = new Redis(redisOptionsFromUrl(redisUrl));
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
