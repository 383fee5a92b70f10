import { QueryResult, Transaction } from '@mikro-orm/core';
import { EntityManager, PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { Knex } from '@mikro-orm/knex';

/** Inserts held back per root transaction that asked for it (`batchInserts`). */
const held = new WeakMap<Knex.Transaction, string[]>();
/** The root transaction of each savepoint begun inside one. */
const roots = new WeakMap<Knex.Transaction, Knex.Transaction>();

const rootOf = (trx: Knex.Transaction) => roots.get(trx) ?? trx;

/** How MikroORM's flush writes new rows; an upsert (`on conflict`) is never held back. */
const FLUSH_INSERT = /^insert into [^;]+ values \(/;
/** The generated columns (sequence positions) a flush's insert reads back. */
const RETURNING = / returning "[\w", ]+"$/;
const isFlushInsert = (sql: string) => FLUSH_INSERT.test(sql) && !sql.includes(' on conflict ');

/**
 * From here to its commit, the current transaction's flushes send their plain inserts as one
 * multi-statement round trip instead of one per table. They go out before the next statement
 * the transaction runs, before a savepoint begins, and at commit, so every statement still sees
 * them and the order of writes is kept. The price: a failing insert (a unique violation, say) is
 * reported by that next statement or by the commit instead of by `flush()`; so use it only where
 * no caller handles a flush's constraint error (checkout: any error aborts the whole transaction).
 * And the columns the database generates (sequence positions such as the outbox's) are not read
 * back into the new entities: use it only where nothing reads them in the same request.
 */
export function batchInserts(em: EntityManager): void {
  const trx = em.getTransactionContext<Knex.Transaction>();
  if (!trx) throw new Error('batchInserts needs a transaction');
  const root = rootOf(trx);
  if (!held.has(root)) held.set(root, []);
}

/** PostgreSQL connection that holds back a transaction's inserts when asked (`batchInserts`). */
export class InsertBatchingConnection extends PostgreSqlConnection {
  override async execute<T extends QueryResult | object | object[] = object[]>(
    queryOrKnex: string | Knex.QueryBuilder | Knex.Raw,
    params: unknown[] = [],
    method: 'all' | 'get' | 'run' = 'all',
    ctx?: Transaction,
    loggerContext?: Parameters<PostgreSqlConnection['execute']>[4],
  ): Promise<T> {
    const trx = ctx as Knex.Transaction | undefined;
    const queue = trx && held.get(rootOf(trx));
    if (queue) {
      if (method === 'run' && typeof queryOrKnex === 'string' && isFlushInsert(queryOrKnex)) {
        queue.push(this.platform.formatQuery(queryOrKnex.replace(RETURNING, ''), params));
        return { affectedRows: 0, insertId: 0, row: {}, rows: [] } as unknown as T;
      }
      await this.sendHeld(trx);
    }
    return super.execute<T>(queryOrKnex, params, method, ctx, loggerContext);
  }

  override async begin(
    options: Parameters<PostgreSqlConnection['begin']>[0] = {},
  ): Promise<Knex.Transaction> {
    const parent = options.ctx as Knex.Transaction | undefined;
    if (parent) await this.sendHeld(parent);
    const trx = await super.begin(options);
    if (parent) roots.set(trx, rootOf(parent));
    return trx;
  }

  override async commit(
    ctx: Knex.Transaction,
    ...rest: Parameters<PostgreSqlConnection['commit']> extends [unknown, ...infer R] ? R : never
  ): Promise<void> {
    if (rootOf(ctx) === ctx) {
      await this.sendHeld(ctx);
      // Whatever runs from here (commit hooks) is written at once.
      held.delete(ctx);
    }
    await super.commit(ctx, ...rest);
  }

  override async rollback(
    ctx: Knex.Transaction,
    ...rest: Parameters<PostgreSqlConnection['rollback']> extends [unknown, ...infer R] ? R : never
  ): Promise<void> {
    // Held inserts all date from after the savepoint began (`begin` sent the older ones).
    held.get(rootOf(ctx))?.splice(0);
    if (rootOf(ctx) === ctx) held.delete(ctx);
    await super.rollback(ctx, ...rest);
  }

  private async sendHeld(trx: Knex.Transaction): Promise<void> {
    const queue = held.get(rootOf(trx));
    if (!queue?.length) return;
    const statements = queue.splice(0).join(';\n');
    try {
      await super.execute(statements, [], 'run', trx);
    } catch (error) {
      throw this.platform.getExceptionConverter().convertException(error as Error);
    }
  }
}
