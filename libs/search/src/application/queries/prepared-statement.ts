import { EntityManager } from '@mikro-orm/postgresql';
import type { ClientBase, QueryResultRow } from 'pg';

/**
 * Runs `sql` as the named prepared statement `name` on a pooled connection, with its values
 * bound: each connection parses and plans a statement once instead of on every request, and no
 * value is spliced into the SQL text. One name must always carry the same text.
 */
export async function queryPrepared<R extends QueryResultRow>(
  em: EntityManager,
  name: string,
  sql: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = em.getConnection().getKnex().client;
  const connection = (await client.acquireConnection()) as ClientBase;
  try {
    const { rows } = await connection.query<R>({ name, text: sql, values: params });
    return rows;
  } finally {
    await client.releaseConnection(connection);
  }
}
