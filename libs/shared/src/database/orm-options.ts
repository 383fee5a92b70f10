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
      snapshot: true,
      snapshotName: '.snapshot-pasar',
      silent: true,
      emit: 'ts',
    },
    ...extra,
  });
}
