import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { NODE_FLAGS } from '@pasar/shared';
import { CLOCK_TICKS_PER_SECOND, processTicks } from './machine-cpu';

/** Compiled entry points, relative to this file once built (dist/bench/pasar-process.js). */
const CLI_MAIN = join(__dirname, '..', 'apps', 'cli', 'src', 'main.js');
const API_MAIN = join(__dirname, '..', 'apps', 'api', 'src', 'main.js');
const FLOOR_MAIN = join(__dirname, 'floor-server.js');

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
      SEED_SIZE: 'bench',
      JWT_SECRET: randomBytes(36).toString('base64url'),
      OTP_SECRET: randomBytes(36).toString('base64url'),
      PAYMENT_WEBHOOK_SECRET: randomBytes(36).toString('base64url'),
      // The benchmark drives HTTP only; a fixed gRPC port could clash with another process.
      GRPC_ENABLED: 'false',
      DATABASE_URL: databaseUrl.toString(),
      REDIS_PREFIX: BENCH_REDIS_PREFIX,
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_DEFAULT: NO_RATE_LIMIT,
      RATE_LIMIT_AUTH: NO_RATE_LIMIT,
      // The chat flow sends a few messages per second on each socket, above the default limit.
      CHAT_SEND_LIMIT: '10000',
      CHAT_SEND_WINDOW_MS: '1000',
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

/** The CLI's answer to a command it does not know (apps/cli/src/main.ts prints its usage). */
const CLI_USAGE_EXIT_CODE = 2;

/**
 * After the bulk seed and rebuild, refresh the planner statistics and the visibility map, as
 * autovacuum would shortly in a running system, so no scenario measures a freshly loaded table.
 */
export async function vacuumAnalyze(env: NodeJS.ProcessEnv): Promise<void> {
  const client = new Client({ connectionString: env.DATABASE_URL });
  try {
    await client.connect();
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

/**
 * Runs a Pasar CLI command (migrate, seed, ...) and returns its output; the output is shown
 * only if it fails. With `optional`, a command this build's CLI does not know returns null.
 */
export async function runCli(
  command: string,
  env: NodeJS.ProcessEnv,
  { optional = false } = {},
): Promise<string | null> {
  const child = spawn(process.execPath, [CLI_MAIN, command], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
  if (optional && code === CLI_USAGE_EXIT_CODE && output.startsWith('Usage:')) return null;
  if (code !== 0) {
    throw new Error(`cli ${command} failed (${signal ?? `exit code ${code}`}):\n${output.trim()}`);
  }
  return output.trim();
}

/**
 * The Pasar API: the compiled app, ready when GET /health/ready answers 200. Node runs it with
 * `BENCH_API_NODE_ARGS` (space-separated), for profiling: `--cpu-prof --cpu-prof-dir=…`, or the
 * allocation sampler (bench/allocation-sampler.ts).
 */
export function startApi(pasar: PasarEnv): Promise<ServerProcess> {
  const nodeArgs = [
    ...NODE_FLAGS,
    ...(process.env.BENCH_API_NODE_ARGS ?? '').split(/\s+/).filter(Boolean),
  ];
  return ServerProcess.start('api', API_MAIN, pasar.env, pasar.baseUrl, '/health/ready', nodeArgs);
}

/** The plain Fastify + pg floor (bench/floor-server.ts) on its own port, on Pasar's database. */
export async function startFloor(pasar: PasarEnv): Promise<ServerProcess> {
  const port = await freePort();
  const env = { ...pasar.env, PORT: String(port) };
  return ServerProcess.start('floor', FLOOR_MAIN, env, `http://127.0.0.1:${port}`, '/health');
}

const LISTING_TIMEOUT_MS = 60_000;

/**
 * Waits until `GET /products?limit=1` reports `expected` products, i.e. the search read model
 * holds the whole seed. A 404 means this build serves no listing: not ready, with the reason.
 */
export async function waitForListing(
  baseUrl: string,
  expected: number,
): Promise<{ ready: true } | { ready: false; reason: string }> {
  const deadline = Date.now() + LISTING_TIMEOUT_MS;
  let total = 0;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/products?limit=1`);
    if (response.status === 404) {
      return { ready: false, reason: 'GET /products answers 404 (no search read model)' };
    }
    if (response.status !== 200) {
      throw new Error(
        `GET /products?limit=1 answered ${response.status}: ${await response.text()}`,
      );
    }
    ({ total } = (await response.json()) as { total: number });
    if (total === expected) return { ready: true };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `GET /products listed ${total} products, not ${expected}, after ${LISTING_TIMEOUT_MS / 1000} s`,
  );
}

/** A server in a child process of its own; its output goes to stderr, prefixed with its name. */
export class ServerProcess {
  private exited = false;
  private exitReason = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly name: string,
    readonly baseUrl: string,
  ) {
    child.on('exit', (code, signal) => {
      this.exited = true;
      this.exitReason = signal ?? `exit code ${code}`;
    });
  }

  /** Spawns `main` (Node run with `nodeArgs`) and waits until GET `readyPath` answers 200. */
  static async start(
    name: string,
    main: string,
    env: NodeJS.ProcessEnv,
    baseUrl: string,
    readyPath: string,
    nodeArgs: string[] = [],
  ): Promise<ServerProcess> {
    const child = spawn(process.execPath, [...nodeArgs, main], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [child.stdout, child.stderr]) {
      stream?.on('data', (chunk: Buffer) => {
        const text = chunk.toString().trimEnd().replace(/^/gm, `[${name}] `);
        process.stderr.write(`${text}\n`);
      });
    }
    const server = new ServerProcess(child, name, baseUrl);
    try {
      await server.waitUntilReady(readyPath);
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  private async waitUntilReady(readyPath: string): Promise<void> {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    let last = 'no answer';
    while (Date.now() < deadline) {
      if (this.exited) {
        throw new Error(`the ${this.name} server exited during start-up (${this.exitReason})`);
      }
      try {
        const response = await fetch(`${this.baseUrl}${readyPath}`, {
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
      `the ${this.name} server was not ready within ${READY_TIMEOUT_MS / 1000} s ` +
        `(GET ${readyPath}: ${last})`,
    );
  }

  /**
   * CPU time the server process has used so far (user + system), in microseconds; null where
   * /proc is not there. Steadier than req/s on a shared machine: the benchmark reports the
   * server's CPU per request beside the throughput.
   */
  cpuMicros(): number | null {
    const pid = this.child.pid;
    if (pid === undefined || this.exited) return null;
    const usage = processTicks(pid);
    return usage && (usage.ticks * 1e6) / CLOCK_TICKS_PER_SECOND;
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
