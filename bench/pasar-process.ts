import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';

/** Compiled entry points, relative to this file once built (dist/bench/pasar-process.js). */
const CLI_MAIN = join(__dirname, '..', 'apps', 'cli', 'src', 'main.js');
const API_MAIN = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');

export const BENCH_DATABASE = 'pasar_bench';
export const BENCH_REDIS_PREFIX = 'pasar_bench';
const ADMIN_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;
/** The highest value Pasar's config accepts (libs/shared/src/config/app-config.ts). */
const NO_RATE_LIMIT = '10000000';

export interface PasarEnv {
  env: NodeJS.ProcessEnv;
  baseUrl: string;
}

/** The environment Pasar runs with for the benchmark: its own database, Redis prefix and port. */
export async function benchEnv(): Promise<PasarEnv> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = new URL(ADMIN_DATABASE_URL);
  databaseUrl.pathname = `/${BENCH_DATABASE}`;
  return {
    baseUrl,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: randomBytes(36).toString('base64url'),
      OTP_SECRET: randomBytes(36).toString('base64url'),
      DATABASE_URL: databaseUrl.toString(),
      REDIS_PREFIX: BENCH_REDIS_PREFIX,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_DEFAULT: NO_RATE_LIMIT,
      RATE_LIMIT_AUTH: NO_RATE_LIMIT,
    },
  };
}

/** A clean slate: the benchmark database dropped and re-created, its Redis keys deleted. */
export async function resetState(env: NodeJS.ProcessEnv): Promise<void> {
  const client = new Client({ connectionString: ADMIN_DATABASE_URL });
  try {
    await client.connect().catch((error: Error) => {
      throw new Error(`PostgreSQL at ${ADMIN_DATABASE_URL}: ${error.message}`);
    });
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`);
    await client.query(`create database ${BENCH_DATABASE}`);
  } finally {
    await client.end();
  }

  const redisUrl = env.REDIS_URL || 'redis://127.0.0.1:6379';
  const redis = new Redis(redisUrl, { lazyConnect: true, retryStrategy: () => null });
  let lastError: Error | undefined;
  redis.on('error', (error: Error) => (lastError = error));
  try {
    await redis.connect().catch((error: Error) => {
      throw new Error(`Redis at ${redisUrl}: ${(lastError ?? error).message}`);
    });
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${BENCH_REDIS_PREFIX}:*`,
        'COUNT',
        500,
      );
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Runs a Pasar CLI command (migrate, seed, ...); its output is shown only if it fails. */
export async function runCli(command: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, [CLI_MAIN, command], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (code !== 0) {
    throw new Error(`cli ${command} failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`);
  }
}

export class PasarApi {
  private exited = false;
  private exitReason = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.on('exit', (code, signal) => {
      this.exited = true;
      this.exitReason = signal ?? `exit code ${code}`;
    });
  }

  /** Spawns the API (its output goes to stderr, prefixed) and waits for /health/ready. */
  static async start({ env, baseUrl }: PasarEnv): Promise<PasarApi> {
    const child = spawn(process.execPath, [API_MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        const text = chunk.toString().trimEnd().replace(/^/gm, '[api] ');
        process.stderr.write(`${text}\n`);
      });
    }
    const api = new PasarApi(child, baseUrl);
    try {
      await api.waitUntilReady();
    } catch (error) {
      await api.stop();
      throw error;
    }
    return api;
  }

  private async waitUntilReady(): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`the API exited during start-up (${this.exitReason})`);
      try {
        const response = await fetch(`${this.baseUrl}/health/ready`, {
          signal: AbortSignal.timeout(2000),
        });
        if (response.status === 200) return;
        last = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
      } catch (error) {
        last = (error as Error).message;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(
      `the API was not ready within ${READY_TIMEOUT_MS / 1000} s (GET /health/ready: ${last})`,
    );
  }

  /** SIGTERM, then SIGKILL if it has not exited after a few seconds. Safe to call twice. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const exit = once(this.child, 'exit');
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_GRACE_MS);
    await exit;
    clearTimeout(timer);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}
