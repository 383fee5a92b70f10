import { getQueueToken } from '@nestjs/bullmq';
import { Queue, Worker } from 'bullmq';
import { ORDER_COMPLETION_QUEUE } from '@pasar/ordering';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually } from '../support/worker';

/**
 * An admin retries a failed job from Bull Board's API (what its Retry button calls). The job is
 * failed by a stand-in worker on the queue's own connection, then retried: it waits again.
 */
describe('Bull Board: retrying a failed job', () => {
  let api: TestApi;
  let admin: TestUser;
  let queue: Queue;

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signUp(api, 'admin');
    queue = api.app.get<Queue>(getQueueToken(ORDER_COMPLETION_QUEUE), { strict: false });
  });

  afterAll(() => api?.close());

  async function failedJob(): Promise<string> {
    const job = await queue.add('complete', { shopOrderId: 'not-a-real-one' }, { attempts: 1 });
    const failing = new Worker(
      queue.name,
      async () => {
        throw new Error('provider down');
      },
      { connection: queue.opts.connection, prefix: queue.opts.prefix },
    );
    try {
      await eventually(async () => expect(await job.getState()).toBe('failed'));
    } finally {
      await failing.close();
    }
    return job.id!;
  }

  it('moves the failed job back to waiting for an admin', async () => {
    const jobId = await failedJob();
    await api
      .http()
      .put(`/admin/queues/api/queues/${queue.name}/${jobId}/retry`)
      .set(admin.auth)
      .expect(204);
    const job = await queue.getJob(jobId);
    expect(await job!.getState()).toBe('waiting');
  });

  it('refuses the retry to a buyer and to anonymous callers, leaving the job failed', async () => {
    const jobId = await failedJob();
    const buyer = await signUp(api, 'buyer');
    const path = `/admin/queues/api/queues/${queue.name}/${jobId}/retry`;
    await api.http().put(path).set(buyer.auth).expect(403);
    await api.http().put(path).set('accept', 'application/json').expect(401);
    expect(await (await queue.getJob(jobId))!.getState()).toBe('failed');
  });
});
