import { Configuration } from '@mikro-orm/core';
import { AbstractSqlDriver } from '@mikro-orm/knex';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import { InsertBatchingConnection } from './insert-batching';

/**
 * A string as a PostgreSQL literal, exactly as node-postgres' `escapeLiteral` writes it (quotes
 * and backslashes doubled; ` E'…'` when there is a backslash), without building the result one
 * character at a time: MikroORM writes every value into the SQL text this way, and the JSON
 * columns (outbox payloads, stored responses, message cards) made that character loop a fifth
 * of what the API allocated under chat load.
 */
export function quoteLiteral(value: string): string {
  const quoted = value.includes("'") ? value.replaceAll("'", "''") : value;
  if (!value.includes('\\')) return `'${quoted}'`;
  return ` E'${quoted.replaceAll('\\', '\\\\')}'`;
}

/** MikroORM's PostgreSQL platform with `quoteLiteral` for strings. */
export class PasarPostgreSqlPlatform extends PostgreSqlPlatform {
  override escape(value: unknown): string {
    return typeof value === 'string' ? quoteLiteral(value) : super.escape(value);
  }
}

/** MikroORM's PostgreSQL driver on `PasarPostgreSqlPlatform` and `InsertBatchingConnection`. */
export class PasarPostgreSqlDriver extends AbstractSqlDriver<
  InsertBatchingConnection,
  PasarPostgreSqlPlatform
> {
  constructor(config: Configuration) {
    super(config, new PasarPostgreSqlPlatform(), InsertBatchingConnection, ['knex', 'pg']);
  }
}
