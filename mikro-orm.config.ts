// Configuration for the MikroORM CLI (`npm run migration:create -- <context>`).
// MIKRO_ORM_CONTEXTS limits the entities to the kernel plus the named contexts, so a migration
// generated for one context never picks up another context's unfinished entities.
import { CATALOG_ENTITIES } from '@pasar/catalog';
import { IDENTITY_ENTITIES } from '@pasar/identity';
import { INVENTORY_ENTITIES } from '@pasar/inventory';
import { SHOPS_ENTITIES } from '@pasar/shops';
import { loadConfig, OutboxMessage, ProcessedEvent, ormOptions } from '@pasar/shared';

const CONTEXTS: Record<string, unknown[]> = {
  identity: IDENTITY_ENTITIES,
  catalog: CATALOG_ENTITIES,
  shops: SHOPS_ENTITIES,
  inventory: INVENTORY_ENTITIES,
};

const selected = (process.env.MIKRO_ORM_CONTEXTS ?? Object.keys(CONTEXTS).join(','))
  .split(',')
  .map((name) => name.trim());
for (const name of selected) {
  if (!CONTEXTS[name]) throw new Error(`MIKRO_ORM_CONTEXTS: unknown context "${name}"`);
}

export default ormOptions(loadConfig().databaseUrl, {
  entities: [OutboxMessage, ProcessedEvent, ...selected.flatMap((name) => CONTEXTS[name])] as never,
});
