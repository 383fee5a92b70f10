import { Client } from 'pg';
import { Redis } from 'ioredis';
import { redisOptionsFromUrl } from '../redis/redis-options';

/** A dependency that is not reachable; its message is the one line printed at start. */
export class UnreachableError extends Error {}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/** Fails fast, with how to fix it, when Postgres or Redis is down. */
export async function preflight(databaseUrl: string, redisUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const pg = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  try {
    await pg.connect();
    await pg.query('select 1');
  } catch (error) {
    throw new UnreachableError(
      `PostgreSQL is not reachable at ${redact(databaseUrl)} (${(error as Error).message}). ` +
        'Start it (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; ' +
        'Docker: docker compose up -d postgres) or set DATABASE_URL.',
    );
  } finally {
    await pg.end().catch(() => undefined);
  }

  const redis = new Redis({
    ...redisOptionsFromUrl(redisUrl),
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined); // reported below, once
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new UnreachableError(
      `Redis is not reachable at ${redact(redisUrl)} (${(error as Error).message}). ` +
        'Start it (redis-server --daemonize yes --port 6379; Docker: docker compose up -d redis) or set REDIS_URL.',
    );
  } finally {
    redis.disconnect();
  }
}
