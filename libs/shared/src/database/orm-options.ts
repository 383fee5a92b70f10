import { defineConfig, Options } from '@mikro-orm/postgresql';
import { migrationsList } from '@pasar/migrations';
import { OutboxSubscriber } from '../outbox/outbox.subscriber';

/**
 * MikroORM options shared by the apps, the CLI and the tests. Each context keeps its tables
 * in its own Postgres schema; the schema only ever changes through committed migrations.
 */
export function ormOptions(databaseUrl: string, extra: Options = {}): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    forceUtcTimezone: true,
    subscribers: [new OutboxSubscriber()],
    discovery: { warnWhenNoEntities: false },
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'migrations',
      pathTs: 'migrations',
      migrationsList,
      transactional: true,
      allOrNothing: true,
      // Migrations are generated against a database holding every committed migration (see
      // scripts/create-migration.sh), one context at a time: no snapshot file to fight over, and
      // never a DROP TABLE for another context's tables.
      snapshot: false,
      dropTables: false,
      silent: true,
      emit: 'ts',
    },
    ...extra,
  });
}
