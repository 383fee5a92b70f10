// A real worker beside the test API, and polling for what it does.
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
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
