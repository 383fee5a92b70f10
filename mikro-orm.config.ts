// Configuration for the MikroORM CLI (`npm run migration:create`): every context's entities.
import { IDENTITY_ENTITIES } from '@pasar/identity';
import { loadConfig, OutboxMessage, ProcessedEvent, ormOptions } from '@pasar/shared';

export default ormOptions(loadConfig().databaseUrl, {
  entities: [OutboxMessage, ProcessedEvent, ...IDENTITY_ENTITIES],
});
