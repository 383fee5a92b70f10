/**
 * `npm run bench`: starts Pasar on its own database, seeds it, runs the scenarios with
 * autocannon over loopback, prints a table and writes bench/results/<timestamp>.json.
 *
 * Env: BENCH_DURATION (seconds per scenario, default 10), BENCH_WARMUP (seconds, default 2),
 * BENCH_SCENARIOS (comma-separated names, default all).
 */
import autocannon, { Instance, Options, Result } from 'autocannon';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { benchEnv, PasarApi, resetState, runCli } from './pasar-process';
import { BenchContext, BUYER, Credentials, Scenario, SCENARIOS, TokenPair } from './scenarios';

const ROOT = join(__dirname, '..', '..'); // dist/bench -> repository root
const RESULTS_DIR = join(ROOT, 'bench', 'results');

interface Settings {
  durationSeconds: number;
  warmupSeconds: number;
  scenarios: Scenario[];
}

interface ScenarioResult {
  name: string;
  description: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  latencyMs: { average: number; p50: number; p90: number; p99: number; max: number };
  totalRequests: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Non-2xx responses plus connection errors (autocannon's `errors` includes timeouts). */
  failed: number;
  statusCodes: Record<string, number>;
}

let api: PasarApi | undefined;
let running: Instance | undefined;

async function main(): Promise<void> {
  const settings = readSettings();
  const pasar = await benchEnv();

  log(`Resetting the pasar_bench database and Redis keys`);
  await resetState(pasar.env);
  log(`Migrating and seeding`);
  await runCli('migrate', pasar.env);
  await runCli('seed', pasar.env);
  log(`Starting the API on ${pasar.baseUrl}`);
  api = await PasarApi.start(pasar);

  const startedAt = new Date();
  const ctx = benchContext(api.baseUrl);
  const results: ScenarioResult[] = [];
  for (const scenario of settings.scenarios) {
    results.push(await runScenario(scenario, ctx, settings));
  }
  await api.stop();

  process.stdout.write(`\n${table(results)}\n`);
  const file = writeResults(startedAt, settings, results);
  process.stdout.write(`\nResults written to ${relative(process.cwd(), file) || file}\n`);

  const failing = results.filter((r) => r.failed > 0).map((r) => r.name);
  if (failing.length > 0) {
    process.stderr.write(`Errors or non-2xx responses in: ${failing.join(', ')}\n`);
    process.exitCode = 1;
  }
}

function readSettings(): Settings {
  const seconds = (name: string, fallback: number, min: number): number => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min) {
      throw new Error(`${name} must be a number of seconds >= ${min}, got "${raw}"`);
    }
    return value;
  };
  const wanted = (process.env.BENCH_SCENARIOS ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scenario(s) in BENCH_SCENARIOS: ${unknown.join(', ')} ` +
        `(available: ${SCENARIOS.map((s) => s.name).join(', ')})`,
    );
  }
  return {
    durationSeconds: seconds('BENCH_DURATION', 10, 1),
    warmupSeconds: seconds('BENCH_WARMUP', 2, 0),
    scenarios: wanted.length ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS,
  };
}

function benchContext(baseUrl: string): BenchContext {
  return {
    baseUrl,
    async login(credentials: Credentials = BUYER): Promise<TokenPair> {
      const response = await fetch(`${baseUrl}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      });
      const body = (await response.json().catch(() => ({}))) as Partial<TokenPair>;
      if (response.status !== 200 || !body.accessToken || !body.refreshToken) {
        throw new Error(`POST /auth/login answered ${response.status}: ${JSON.stringify(body)}`);
      }
      return body as TokenPair;
    },
  };
}

async function runScenario(
  scenario: Scenario,
  ctx: BenchContext,
  settings: Settings,
): Promise<ScenarioResult> {
  const { path, ...request } = await scenario.prepare(ctx);
  const options: Options = {
    ...request,
    url: `${ctx.baseUrl}${path}`,
    connections: scenario.connections,
  };
  log(
    `${scenario.name}: ${scenario.connections} connections, ${settings.warmupSeconds} s warm-up + ` +
      `${settings.durationSeconds} s measured; ${scenario.description}`,
  );
  if (settings.warmupSeconds > 0) {
    await settle(await fire({ ...options, duration: settings.warmupSeconds }));
  }
  const result = await fire({ ...options, duration: settings.durationSeconds });
  await settle(result);

  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stats.count ?? 0;
  }
  return {
    name: scenario.name,
    description: scenario.description,
    connections: scenario.connections,
    durationSeconds: result.duration,
    requestsPerSecond: result.requests.average,
    latencyMs: {
      average: result.latency.average,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    totalRequests: result.requests.total,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    failed: result.non2xx + result.errors,
    statusCodes,
  };
}

/** One autocannon run in this process; kept in `running` so Ctrl-C can stop it. */
function fire(options: Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    running = autocannon(options, (error: unknown, result: Result) => {
      running = undefined;
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(result);
    });
  });
}

/**
 * When autocannon stops, up to `connections` requests are still being served. Wait about as
 * long as the server needs to finish them (Little's law) so they do not spill into the next
 * run or hit the API while it shuts down.
 */
async function settle(result: Result): Promise<void> {
  const rate = result.requests.average;
  const ms = rate > 0 ? Math.min(10_000, (1500 * result.connections) / rate + 250) : 2000;
  await new Promise((resolve) => setTimeout(resolve, ms));
}

function table(results: ScenarioResult[]): string {
  const header = ['scenario', 'conns', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'requests'];
  const rows = results.map((r) => [
    r.name,
    String(r.connections),
    r.requestsPerSecond.toFixed(1),
    String(r.latencyMs.p50),
    String(r.latencyMs.p99),
    String(r.failed),
    String(r.totalRequests),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function writeResults(startedAt: Date, settings: Settings, results: ScenarioResult[]): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  // Colons are not allowed in Windows file names.
  const file = join(RESULTS_DIR, `${startedAt.toISOString().replace(/:/g, '-')}.json`);
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    git: gitInfo(),
    machine: {
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryBytes: os.totalmem(),
      node: process.version,
    },
    settings: { durationSeconds: settings.durationSeconds, warmupSeconds: settings.warmupSeconds },
    scenarios: results,
  };
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

function gitInfo(): { commit: string; dirty: boolean } | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  try {
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      dirty: git('status', '--porcelain') !== '',
    };
  } catch {
    return null;
  }
}

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

async function shutdown(): Promise<void> {
  running?.stop();
  await api?.stop();
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  process.once(signal, () => {
    process.stderr.write(`\n[bench] ${signal}: stopping\n`);
    void shutdown().finally(() => process.exit(code));
  });
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`[bench] failed: ${(error as Error).message ?? String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => shutdown());
