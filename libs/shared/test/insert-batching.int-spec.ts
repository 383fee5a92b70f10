import { randomUUID } from 'node:crypto';
import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { batchInserts, OutboxMessage, ormOptions, ProcessedEvent } from '@pasar/shared';
import { createTestEnvironment, TestEnvironment } from '@pasar/shared/testing';

/** Inserts held back by `batchInserts` against real Postgres: fewer round trips, same writes. */
describe('batchInserts (Postgres)', () => {
  let env: TestEnvironment;
  let orm: MikroORM;
  /** Every statement sent to Postgres, in order. */
  const sent: string[] = [];

  const outbox = (id: string = randomUUID()) =>
    OutboxMessage.fromEvent({
      id,
      type: 'test.batched',
      aggregateType: 'Thing',
      aggregateId: 'thing-1',
      payload: { n: 1 },
      occurredAt: new Date(),
    } as never);
  const processed = (eventId = randomUUID()) =>
    Object.assign(new ProcessedEvent(), { consumer: 'batch-test', eventId });
  const count = async (table: string, where: string, params: unknown[]) =>
    Number(
      (
        await (orm.em.fork() as EntityManager).execute<{ n: string }[]>(
          `select count(*) as n from ${table} where ${where}`,
          params,
        )
      )[0].n,
    );
  const statementsDuring = async (work: () => Promise<unknown>) => {
    sent.length = 0;
    await work().catch(() => undefined);
    return [...sent];
  };

  beforeAll(async () => {
    env = await createTestEnvironment();
    orm = await MikroORM.init(
      ormOptions(env.config.databaseUrl, {
        entities: [OutboxMessage, ProcessedEvent],
        onQuery: (sql: string) => {
          sent.push(sql);
          return sql;
        },
      }),
    );
  });

  afterAll(async () => {
    await orm?.close();
    await env?.destroy();
  });

  it("sends a flush's inserts into several tables as one statement, at commit", async () => {
    const message = outbox();
    const inbox = processed();
    const statements = await statementsDuring(() =>
      (orm.em.fork() as EntityManager).transactional(async (tx) => {
        batchInserts(tx);
        tx.persist([message, inbox]);
      }),
    );
    expect(statements.filter((sql) => sql.startsWith('insert'))).toHaveLength(1);
    expect(statements.find((sql) => sql.startsWith('insert'))).toMatch(
      /^insert into "shared"\."(outbox|processed_events)".*;\ninsert into "shared"\."(outbox|processed_events)"/s,
    );
    expect(await count('shared.outbox', 'id = ?', [message.id])).toBe(1);
    expect(
      await count('shared.processed_events', 'consumer = ? and event_id = ?', [
        'batch-test',
        inbox.eventId,
      ]),
    ).toBe(1);
  });

  it('sends them before the next statement of the transaction, which sees them', async () => {
    const message = outbox();
    let seen = -1;
    await (orm.em.fork() as EntityManager).transactional(async (tx) => {
      batchInserts(tx);
      tx.persist(message);
      await tx.flush();
      const [row] = await tx.execute<{ n: string }[]>(
        'select count(*) as n from shared.outbox where id = ?',
        [message.id],
      );
      seen = Number(row.n);
    });
    expect(seen).toBe(1);
  });

  it('reports a failing insert at commit as the usual exception, and writes nothing', async () => {
    const taken = outbox();
    await orm.em.fork().persistAndFlush(taken);
    const fresh = outbox();
    const failure = await (orm.em.fork() as EntityManager)
      .transactional(async (tx) => {
        batchInserts(tx);
        tx.persist([fresh, outbox(taken.id)]);
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UniqueConstraintViolationException);
    expect(await count('shared.outbox', 'id = ?', [fresh.id])).toBe(0);
  });

  it("drops a rolled-back savepoint's inserts and keeps the ones before it", async () => {
    const kept = outbox();
    const dropped = outbox();
    await (orm.em.fork() as EntityManager).transactional(async (tx) => {
      batchInserts(tx);
      tx.persist(kept);
      await tx.flush();
      await tx
        .transactional(async (inner) => {
          inner.persist(dropped);
          await inner.flush();
          throw new Error('changed my mind');
        })
        .catch(() => undefined);
    });
    expect(await count('shared.outbox', 'id = ?', [kept.id])).toBe(1);
    expect(await count('shared.outbox', 'id = ?', [dropped.id])).toBe(0);
  });

  it('writes strings with quotes and backslashes back exactly (PasarPostgreSqlPlatform)', async () => {
    const text = `it's a "quoted" \\ back\\slash, ünï 😀`;
    const message = Object.assign(outbox(), { payload: { text }, aggregateId: `o'k\\` });
    await (orm.em.fork() as EntityManager).transactional(async (tx) => {
      batchInserts(tx);
      tx.persist(message);
    });
    const [row] = await (orm.em.fork() as EntityManager).execute<
      { payload: { text: string }; aggregate_id: string }[]
    >('select payload, aggregate_id from shared.outbox where id = ?', [message.id]);
    expect(row).toEqual({ payload: { text }, aggregate_id: `o'k\\` });
  });

  it('leaves other transactions as they were: one insert per table, errors at flush', async () => {
    const statements = await statementsDuring(() =>
      (orm.em.fork() as EntityManager).transactional(async (tx) => {
        tx.persist([outbox(), processed()]);
      }),
    );
    expect(statements.filter((sql) => sql.startsWith('insert'))).toHaveLength(2);

    const taken = outbox();
    await orm.em.fork().persistAndFlush(taken);
    let atFlush: unknown;
    await (orm.em.fork() as EntityManager)
      .transactional(async (tx) => {
        tx.persist(outbox(taken.id));
        atFlush = await tx.flush().catch((error: unknown) => error);
      })
      .catch(() => undefined);
    expect(atFlush).toBeInstanceOf(UniqueConstraintViolationException);
  });
});
