import { MikroORM } from '@mikro-orm/postgresql';
import { EntityClass } from '@mikro-orm/core';

/**
 * Aggregate specs run without a database, but MikroORM collections need entity metadata:
 * this discovers it without connecting.
 */
export async function discoverEntities(entities: EntityClass<object>[]): Promise<MikroORM> {
  return MikroORM.init({
    entities,
    dbName: 'metadata_only',
    connect: false,
    discovery: { warnWhenNoEntities: false },
  });
}
