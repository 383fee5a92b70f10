import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test, TestingModule } from '@nestjs/testing';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import {
  ConsumesEvents,
  DOMAIN_EVENTS_QUEUE,
  EventConsumer,
  EventEnvelope,
  Inbox,
  KernelModule,
  OutboxRelay,
  OutboxRelayModule,
} from '@pasar/shared';
import { createTestEnvironment, TestEnvironment } from '@pasar/shared/testing';

@Injectable()
@ConsumesEvents('test.thing-happened')
class RecordingConsumer implements EventConsumer {
  readonly seen: string[] = [];

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    // Writes through the inbox transaction, like a real projection would.
    await em.execute('select 1');
    this.seen.push(event.id);
  }
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('outbox relay and inbox (Postgres + Redis)', () => {
  let env: TestEnvironment;
  let module: TestingModule;
  let em: EntityManager;
  let queue: Queue;

  const insertEvent = async (type = 'test.thing-happened') => {
    const id = randomUUID();
    await em.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       values (?, ?, 'Thing', 't-1', '{"n":1}', now())`,
      [id, type],
    );
    return id;
  };
  const publishedAt = async (id: string) =>
    (
      await em.execute<{ published_at: Date | null }[]>(
        'select published_at from shared.outbox where id = ?',
        [id],
      )
    )[0].published_at;

  beforeAll(async () => {
    env = await createTestEnvironment();
    module = await Test.createTestingModule({
      imports: [KernelModule.forRoot(env.config), OutboxRelayModule],
      providers: [RecordingConsumer],
    }).compile();
    await module.init();
    em = module.get(MikroORM).em.fork() as EntityManager;
    queue = module.get<Queue>(getQueueToken(DOMAIN_EVENTS_QUEUE));
  });

  afterAll(async () => {
    await module.close();
    await env.destroy();
  });

  it('relays a committed event to the queue and delivers it to its consumer once', async () => {
    const consumer = module.get(RecordingConsumer);
    const id = await insertEvent();
    await until(() => consumer.seen.includes(id));
    expect(await publishedAt(id)).not.toBeNull();
    const job = await queue.getJob(id);
    expect(job?.name).toBe('test.thing-happened');
    expect(job?.data).toMatchObject({
      id,
      aggregateType: 'Thing',
      aggregateId: 't-1',
      payload: { n: 1 },
    });
  });

  it('ignores a redelivered event: the inbox already holds it', async () => {
    const consumer = module.get(RecordingConsumer);
    const id = await insertEvent();
    await until(() => consumer.seen.includes(id));
    // A crash after enqueueing but before marking the row would relay the same event again.
    const job = await queue.getJob(id);
    await job?.remove();
    await em.execute('update shared.outbox set published_at = null where id = ?', [id]);
    await until(async () => (await publishedAt(id)) !== null);
    await until(async () => (await queue.getJob(id))?.finishedOn !== undefined);
    expect(consumer.seen.filter((seen) => seen === id)).toHaveLength(1);
  });

  it('relays events nobody consumes without failing their jobs', async () => {
    const id = await insertEvent('test.nobody-listens');
    await until(async () => (await queue.getJob(id))?.finishedOn !== undefined);
    expect(await (await queue.getJob(id))?.isCompleted()).toBe(true);
  });

  it('runs a consumer once per event, and again after its work failed and rolled back', async () => {
    const inbox = module.get(Inbox);
    const eventId = randomUUID();
    await expect(
      inbox.runOnce('FailingConsumer', eventId, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await inbox.runOnce('FailingConsumer', eventId, async () => undefined)).toBe(true);
    expect(await inbox.runOnce('FailingConsumer', eventId, async () => undefined)).toBe(false);
    expect(await inbox.runOnce('OtherConsumer', eventId, async () => undefined)).toBe(true);
  });

  it('publishes every event when several relays run at once', async () => {
    const relay = module.get(OutboxRelay);
    const ids = await Promise.all(
      Array.from({ length: 30 }, () => insertEvent('test.nobody-listens')),
    );
    await Promise.all([relay.relayBatch(), relay.relayBatch(), relay.relayBatch()]);
    await until(async () => {
      const rows = await em.execute<{ n: string }[]>(
        'select count(*) as n from shared.outbox where id in (?) and published_at is null',
        [ids],
      );
      return Number(rows[0].n) === 0;
    });
    const jobs = await Promise.all(ids.map((id) => queue.getJob(id)));
    expect(jobs.every((job) => job !== undefined)).toBe(true);
  });
});
