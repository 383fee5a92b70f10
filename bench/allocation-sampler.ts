/**
 * Preload for the API under benchmark (`BENCH_API_NODE_ARGS="-r ./dist/bench/allocation-sampler.js"`):
 * samples what the process allocates, collected objects included, for `ALLOCATION_PROFILE_MS`
 * (default 8,000) starting `ALLOCATION_PROFILE_START_MS` (default 25,000) after start-up, and
 * writes V8's sampling heap profile to `ALLOCATION_PROFILE` (open it in Chrome DevTools, Memory).
 * A CPU profile shows where time goes; this shows what feeds the garbage collector.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const target = process.env.ALLOCATION_PROFILE;
if (target) {
  const session = new Session();
  session.connect();
  const startMs = Number(process.env.ALLOCATION_PROFILE_START_MS ?? 25_000);
  const durationMs = Number(process.env.ALLOCATION_PROFILE_MS ?? 8_000);
  const fail = (error: Error | null) => {
    if (error) process.stderr.write(`allocation profile failed: ${error.message}\n`);
    return Boolean(error);
  };
  setTimeout(() => {
    session.post('HeapProfiler.enable', (enableError) => {
      if (fail(enableError)) return;
      const sampling = {
        samplingInterval: 16_384,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      };
      session.post('HeapProfiler.startSampling', sampling, (startError) => {
        if (fail(startError)) return;
        setTimeout(() => {
          session.post('HeapProfiler.stopSampling', (stopError, result) => {
            if (fail(stopError)) return;
            writeFileSync(target, JSON.stringify(result.profile));
            process.stderr.write(`allocation profile written to ${target}\n`);
          });
        }, durationMs);
      });
    });
  }, startMs).unref();
}
