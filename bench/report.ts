/** The benchmark's report: the table on the terminal and the JSON file in bench/results. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import type { FlowOutcome } from './checkout-flows';

const ROOT = join(__dirname, '..', '..'); // dist/bench -> repository root
const RESULTS_DIR = join(ROOT, 'bench', 'results');

export interface ScenarioResult {
  name: string;
  description: string;
  connections: number;
  durationSeconds: number;
  requestsPerSecond: number;
  /** The server process's CPU time per request while measured (null without /proc). */
  serverCpuMicrosPerRequest: number | null;
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

export interface SkippedScenario {
  name: string;
  description: string;
  skipped: string;
}

export type Outcome = ScenarioResult | SkippedScenario;

export const isSkipped = (outcome: Outcome): outcome is SkippedScenario => 'skipped' in outcome;

/** Pasar's listing req/s as a fraction of the floor's, when both ran. */
export function floorRatio(results: Outcome[]): number | null {
  const find = (name: string) =>
    results.find((r): r is ScenarioResult => r.name === name && !isSkipped(r));
  const pasar = find('products');
  const plain = find('products-floor');
  return pasar && plain && plain.requestsPerSecond > 0
    ? pasar.requestsPerSecond / plain.requestsPerSecond
    : null;
}

export function table(results: Outcome[]): string {
  const header = [
    'scenario',
    'conns',
    'req/s',
    'p50 ms',
    'p99 ms',
    'server CPU µs/req',
    'errors',
    'requests',
  ];
  const rows = results.map((r) =>
    isSkipped(r)
      ? [r.name, '-', '-', '-', '-', '-', '-', 'skipped']
      : [
          r.name,
          String(r.connections),
          r.requestsPerSecond.toFixed(1),
          String(r.latencyMs.p50),
          String(r.latencyMs.p99),
          r.serverCpuMicrosPerRequest === null ? '-' : String(r.serverCpuMicrosPerRequest),
          String(r.failed),
          String(r.totalRequests),
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The multi-step flows: one block per flow, its figures one per line. */
export function flowTable(flows: FlowOutcome[]): string {
  return flows
    .map((flow) => {
      const width = Math.max(...Object.keys(flow.figures).map((k) => k.length));
      const figures = Object.entries(flow.figures).map(
        ([name, value]) => `  ${name.padEnd(width)}  ${value}`,
      );
      const problem = flow.problem ? [`  PROBLEM: ${flow.problem}`] : [];
      return [`${flow.name}: ${flow.description}`, ...figures, ...problem].join('\n');
    })
    .join('\n\n');
}

export function writeResults(
  startedAt: Date,
  settings: { durationSeconds: number; warmupSeconds: number },
  results: Outcome[],
  listingVsFloor: number | null,
  flows: FlowOutcome[],
): string {
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
    listingVsFloor,
    flows,
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
