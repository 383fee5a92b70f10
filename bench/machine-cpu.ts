import { readdirSync, readFileSync } from 'node:fs';

/**
 * Where the machine's CPU went while a flow ran, beside the API's own: the API shares the
 * machine with Postgres, Redis and the load generator, and on a small machine its latency
 * depends on how busy all of them keep the cores. Read from /proc (Linux); Postgres counts only
 * when it runs on this machine.
 */
export interface CpuSample {
  /** Clock ticks all cores spent busy (user, nice, system, irq, softirq, steal) and in all. */
  busy: number;
  total: number;
  /** Clock ticks used by the processes named `postgres` alive at both samples. */
  postgres: Map<number, number>;
}

/** Linux's USER_HZ, the unit of /proc/stat and /proc/<pid>/stat. */
export const CLOCK_TICKS_PER_SECOND = 100;

/** A process's name and the CPU it has used (user + system clock ticks); null once it is gone. */
export function processTicks(pid: number | string): { name: string; ticks: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  const nameEnd = stat.lastIndexOf(')');
  const fields = stat.slice(nameEnd + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, nameEnd),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

export function sampleCpu(): CpuSample | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const [user, nice, system, idle, iowait, irq, softirq, steal] = line
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait, postgres: postgresTicks() };
  } catch {
    return null;
  }
}

/** `machine busy %` and Postgres's CPU per unit of work between two samples ('-' without /proc). */
export function cpuFigures(
  before: CpuSample | null,
  after: CpuSample | null,
  units: number,
  unit: string,
): Record<string, number | string> {
  if (!before || !after || units === 0) {
    return { 'machine busy %': '-', [`Postgres CPU µs per ${unit}`]: '-' };
  }
  let postgres = 0;
  for (const [pid, ticks] of after.postgres) {
    const start = before.postgres.get(pid);
    if (start !== undefined) postgres += ticks - start;
  }
  const busyShare = (after.busy - before.busy) / Math.max(1, after.total - before.total);
  return {
    'machine busy %': Math.round(busyShare * 1000) / 10,
    [`Postgres CPU µs per ${unit}`]: Math.round((postgres * 1e6) / CLOCK_TICKS_PER_SECOND / units),
  };
}

function postgresTicks(): Map<number, number> {
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const usage = processTicks(entry);
    if (usage?.name === 'postgres') ticks.set(Number(entry), usage.ticks);
  }
  return ticks;
}
