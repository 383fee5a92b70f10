// A real worker beside the test API, and polling for what it does.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import { MikroORM } from '@mikro-orm/core';
import { Queue } from 'bullmq';
import { DOMAIN_EVENTS_QUEUE, PROJECTIONS_QUEUE } from '@pasar/shared';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { TestApi } from './test-api';

/**
 * The API process has no worker: start the real one (outbox relay + domain-events consumers)
 * on the same database and Redis prefix, so events flow as in production.
 */
export async function startWorker(api: TestApi): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(api.config), {
    logger: false,
  });
  await worker.init();
  return worker;
}

/** Retries `check` (which asserts) until it passes: the read model is eventually consistent. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/**
 * Asserts the event pipeline is at rest: every outbox row was relayed, and its `domain-events`
 * and `projections` jobs completed (none waiting, running, retrying or failed). Counting effects
 * after this passes (inside `eventually`) sees everything the events will ever do, without
 * sleeping on the chance that a duplicate is still on its way. Both queues keep their last
 * 10 000 completed jobs, so for a test's few events the completed count is the number relayed.
 */
export async function expectDrained(api: TestApi): Promise<void> {
  const outbox = async () => {
    const [row] = await api.app
      .get(MikroORM)
      .em.fork()
      .getConnection()
      .execute<{ total: number; unpublished: number }[]>(
        'select count(*)::int as total, count(*) filter (where published_at is null)::int as unpublished from shared.outbox',
      );
    return row;
  };
  const before = await outbox();
  expect(before.unpublished).toBe(0);
  for (const name of [DOMAIN_EVENTS_QUEUE, PROJECTIONS_QUEUE]) {
    const queue = api.app.get<Queue>(getQueueToken(name), { strict: false });
    const counts = await queue.getJobCounts(
      'waiting',
      'prioritized',
      'active',
      'delayed',
      'failed',
      'completed',
    );
    expect({ queue: name, ...counts }).toEqual({
      queue: name,
      waiting: 0,
      prioritized: 0,
      active: 0,
      delayed: 0,
      failed: 0,
      completed: before.total,
    });
  }
  // No job finished in between wrote new events.
  expect(await outbox()).toEqual(before);
}
