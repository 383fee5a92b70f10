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
  KernelModule,
  OutboxRelayModule,
  PROJECTIONS_QUEUE,
  ProjectsEvents,
} from '@pasar/shared';
import { createTestEnvironment, TestEnvironment } from '@pasar/shared/testing';

const TYPE = 'test.order-moved';

@Injectable()
@ConsumesEvents(TYPE)
class SideEffectConsumer implements EventConsumer {
  readonly seen: string[] = [];

  async handle(event: EventEnvelope): Promise<void> {
    this.seen.push(event.id);
  }
}

/** A projection that holds its event until the test lets it go, like a rebuild holding its tables. */
@Injectable()
@ProjectsEvents(TYPE)
class SlowProjection implements EventConsumer {
  readonly seen: string[] = [];
  private release!: () => void;
  private readonly released = new Promise<void>((resolve) => (this.release = resolve));

  async handle(event: EventEnvelope): Promise<void> {
    await this.released;
    this.seen.push(event.id);
  }

  letGo(): void {
    this.release();
  }
}

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('projections queue beside domain-events (Postgres + Redis)', () => {
  let env: TestEnvironment;
  let module: TestingModule;
  let em: EntityManager;

  beforeAll(async () => {
    env = await createTestEnvironment();
    module = await Test.createTestingModule({
      imports: [KernelModule.forRoot(env.config), OutboxRelayModule],
      providers: [SideEffectConsumer, SlowProjection],
    }).compile();
    await module.init();
    em = module.get(MikroORM).em.fork() as EntityManager;
  });

  afterAll(async () => {
    module.get(SlowProjection).letGo();
    await module.close();
    await env.destroy();
  });

  it('relays each event to both queues and runs each consumer from its own, a slow projection delaying nothing', async () => {
    const id = randomUUID();
    await em.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       values (?, ?, 'Order', 'o-1', '{}', now())`,
      [id, TYPE],
    );
    const domainEvents = module.get<Queue>(getQueueToken(DOMAIN_EVENTS_QUEUE));
    const projections = module.get<Queue>(getQueueToken(PROJECTIONS_QUEUE));
    const sideEffect = module.get(SideEffectConsumer);
    const projection = module.get(SlowProjection);

    // The side effect completes while the projection is still stuck on the same event.
    await until(async () => (await domainEvents.getJob(id))?.finishedOn !== undefined);
    expect(sideEffect.seen).toEqual([id]);
    expect(projection.seen).toEqual([]);
    expect((await domainEvents.getJob(id))?.returnvalue).toEqual({
      handledBy: [SideEffectConsumer.name],
    });
    expect(await (await projections.getJob(id))?.getState()).toBe('active');

    projection.letGo();
    await until(async () => (await projections.getJob(id))?.finishedOn !== undefined);
    const job = await projections.getJob(id);
    expect(job?.name).toBe(TYPE);
    expect(job?.opts.attempts).toBe(domainEvents.defaultJobOptions.attempts);
    expect(job?.returnvalue).toEqual({ handledBy: [SlowProjection.name] });
    expect(projection.seen).toEqual([id]);

    // Where it was delivered: one inbox marker per consumer, whichever queue ran it.
    const markers = await em.execute<{ consumer: string }[]>(
      'select consumer from shared.processed_events where event_id = ? order by consumer',
      [id],
    );
    expect(markers.map((row) => row.consumer)).toEqual([
      SideEffectConsumer.name,
      SlowProjection.name,
    ]);
  });
});
