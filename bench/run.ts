/**
 * `npm run bench`: starts Pasar on its own database, seeds it, runs the scenarios with
 * autocannon over loopback, prints a table and writes bench/results/<timestamp>.json.
 *
 * Env: BENCH_DURATION (seconds per scenario, default 10), BENCH_WARMUP (seconds, default 2),
 * BENCH_SCENARIOS (comma-separated names, default all); BENCH_CHAT_* for the chat flow
 * (bench/chat-flow.ts); BENCH_REUSE_DATABASE=1 skips the reset and seed (repeated runs while
 * profiling; the numbers of a full run come from a fresh database).
 */
import autocannon, { Instance, Options, Result } from 'autocannon';
import { relative } from 'node:path';
import { BENCH_PRODUCTS } from '../apps/cli/src/seed/seed-plan';
import {
  benchEnv,
  resetState,
  runCli,
  ServerProcess,
  startApi,
  startFloor,
  vacuumAnalyze,
  waitForListing,
} from './pasar-process';
import { checkoutThroughput, FlowOutcome, hotSkuRace } from './checkout-flows';
import { chatFlow, ChatFlowOptions, chatFlowOptions } from './chat-flow';
import { chatReconnectStorm, ReconnectOptions, reconnectOptions } from './chat-reconnect';
import { expiryLag } from './expiry-lag';
import { floorRatio, flowTable, isSkipped, Outcome, table, writeResults } from './report';
import {
  BenchContext,
  BUYER,
  Credentials,
  Scenario,
  SCENARIOS,
  SkipScenario,
  TokenPair,
} from './scenarios';

/**
 * Multi-step benchmarks run after the scenarios (bench/checkout-flows.ts, bench/expiry-lag.ts,
 * bench/chat-flow.ts, bench/chat-reconnect.ts).
 */
const FLOWS = ['checkout', 'hot-sku', 'expiry-lag', 'chat', 'chat-reconnect'] as const;
type Flow = (typeof FLOWS)[number];

interface Settings {
  durationSeconds: number;
  warmupSeconds: number;
  scenarios: Scenario[];
  flows: Flow[];
  chat: ChatFlowOptions;
  reconnect: ReconnectOptions;
}

/** Pasar's listing must reach at least this fraction of the floor's req/s (issue 3). */
const FLOOR_TARGET = 0.5;

let api: ServerProcess | undefined;
let floor: ServerProcess | undefined;
let running: Instance | undefined;

async function main(): Promise<void> {
  const settings = readSettings();
  const pasar = await benchEnv();

  if (process.env.BENCH_REUSE_DATABASE === '1') {
    log('Reusing the pasar_bench database as the last run left it (BENCH_REUSE_DATABASE=1)');
  } else {
    log(`Resetting the pasar_bench database and Redis keys`);
    await resetState(pasar.env);
    log(`Migrating and seeding (SEED_SIZE=${pasar.env.SEED_SIZE})`);
    await runCli('migrate', pasar.env);
    log(`${await runCli('seed', pasar.env)}`);
    const rebuilt = await runCli('rebuild-search', pasar.env, { optional: true });
    log(
      rebuilt === null ? 'The CLI has no rebuild-search command' : 'Rebuilt the search read model',
    );
    await vacuumAnalyze(pasar.env);
  }
  log(`Starting the API on ${pasar.baseUrl}`);
  api = await startApi(pasar);
  const catalog = await waitForListing(api.baseUrl, BENCH_PRODUCTS);
  if (!catalog.ready) log(`Catalog scenarios will be skipped: ${catalog.reason}`);
  if (catalog.ready && settings.scenarios.some((s) => s.target === 'floor')) {
    floor = await startFloor(pasar);
    log(`Started the floor server on ${floor.baseUrl}`);
  }

  const startedAt = new Date();
  const ctx = benchContext(api.baseUrl, floor?.baseUrl ?? '', catalog);
  const results: Outcome[] = [];
  for (const scenario of settings.scenarios) {
    results.push(await runScenario(scenario, ctx, settings));
  }
  await floor?.stop();
  const flows: FlowOutcome[] = [];
  const cpu = () => api?.cpuMicros() ?? null;
  for (const flow of settings.flows) {
    log(`${flow}: running`);
    if (flow === 'checkout') {
      flows.push(await checkoutThroughput(api.baseUrl, pasar.env.DATABASE_URL!, 1000, cpu));
    } else if (flow === 'hot-sku') {
      flows.push(await hotSkuRace(api.baseUrl, pasar.env.DATABASE_URL!));
    } else if (flow === 'chat') {
      flows.push(await chatFlow(api.baseUrl, pasar.env.DATABASE_URL!, settings.chat, cpu));
    } else if (flow === 'chat-reconnect') {
      flows.push(
        await chatReconnectStorm(api.baseUrl, pasar.env.DATABASE_URL!, settings.reconnect),
      );
    } else {
      flows.push(await expiryLag(pasar));
    }
  }
  await api.stop();

  const listingVsFloor = floorRatio(results);
  process.stdout.write(`\n${table(results)}\n`);
  if (flows.length > 0) process.stdout.write(`\n${flowTable(flows)}\n`);
  if (listingVsFloor !== null) {
    process.stdout.write(
      `\nproducts / products-floor: ${(listingVsFloor * 100).toFixed(1)} % of the floor's req/s ` +
        `(target ≥ ${FLOOR_TARGET * 100} %)\n`,
    );
  }
  const file = writeResults(startedAt, settings, results, listingVsFloor, flows);
  process.stdout.write(`\nResults written to ${relative(process.cwd(), file) || file}\n`);

  const failing = [
    ...results.filter((r) => !isSkipped(r) && r.failed > 0).map((r) => r.name),
    ...flows.filter((f) => f.problem).map((f) => `${f.name} (${f.problem})`),
  ];
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
  const isFlow = (name: string): name is Flow => (FLOWS as readonly string[]).includes(name);
  const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name) && !isFlow(name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown scenario(s) in BENCH_SCENARIOS: ${unknown.join(', ')} ` +
        `(available: ${[...SCENARIOS.map((s) => s.name), ...FLOWS].join(', ')})`,
    );
  }
  return {
    durationSeconds: seconds('BENCH_DURATION', 10, 1),
    warmupSeconds: seconds('BENCH_WARMUP', 2, 0),
    scenarios: wanted.length ? SCENARIOS.filter((s) => wanted.includes(s.name)) : SCENARIOS,
    flows: wanted.length ? FLOWS.filter((f) => wanted.includes(f)) : [...FLOWS],
    chat: chatFlowOptions(),
    reconnect: reconnectOptions(),
  };
}

function benchContext(
  baseUrl: string,
  floorUrl: string,
  catalog: BenchContext['catalog'],
): BenchContext {
  return {
    baseUrl,
    floorUrl,
    catalog,
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
): Promise<Outcome> {
  let prepared: Awaited<ReturnType<Scenario['prepare']>>;
  try {
    prepared = await scenario.prepare(ctx);
  } catch (error) {
    if (!(error instanceof SkipScenario)) throw error;
    log(`${scenario.name}: skipped (${error.message})`);
    return { name: scenario.name, description: scenario.description, skipped: error.message };
  }
  const { path, ...request } = prepared;
  const base = scenario.target === 'floor' ? ctx.floorUrl : ctx.baseUrl;
  const options: Options = {
    ...request,
    url: `${base}${path}`,
    connections: scenario.connections,
  };
  log(
    `${scenario.name}: ${scenario.connections} connections, ${settings.warmupSeconds} s warm-up + ` +
      `${settings.durationSeconds} s measured; ${scenario.description}`,
  );
  if (settings.warmupSeconds > 0) {
    await settle(await fire({ ...options, duration: settings.warmupSeconds }));
  }
  const server = scenario.target === 'floor' ? floor : api;
  const cpuBefore = server?.cpuMicros() ?? null;
  const result = await fire({ ...options, duration: settings.durationSeconds });
  const cpuAfter = server?.cpuMicros() ?? null;
  await settle(result);
  const served = result.requests.total;

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
    serverCpuMicrosPerRequest:
      cpuBefore === null || cpuAfter === null || served === 0
        ? null
        : Math.round((cpuAfter - cpuBefore) / served),
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

function log(message: string): void {
  process.stdout.write(`[bench] ${message}\n`);
}

async function shutdown(): Promise<void> {
  running?.stop();
  await floor?.stop();
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
