// Configuration for the MikroORM CLI (`npm run migration:create`): every context's entities.
import { ANALYTICS_ENTITIES } from '@pasar/analytics';
import { CART_ENTITIES } from '@pasar/cart';
import { CATALOG_ENTITIES } from '@pasar/catalog';
import { CHAT_ENTITIES } from '@pasar/chat';
import { IDENTITY_ENTITIES } from '@pasar/identity';
import { INVENTORY_ENTITIES } from '@pasar/inventory';
import { NOTIFICATIONS_ENTITIES } from '@pasar/notifications';
import { ORDERING_ENTITIES } from '@pasar/ordering';
import { PAYMENTS_ENTITIES } from '@pasar/payments';
import { REVIEWS_ENTITIES } from '@pasar/reviews';
import { SEARCH_ENTITIES } from '@pasar/search';
import { SHOPS_ENTITIES } from '@pasar/shops';
import { loadConfig, OutboxMessage, ProcessedEvent, ormOptions } from '@pasar/shared';

export default ormOptions(loadConfig().databaseUrl, {
  entities: [
    OutboxMessage,
    ProcessedEvent,
    ...IDENTITY_ENTITIES,
    ...CATALOG_ENTITIES,
    ...SHOPS_ENTITIES,
    ...INVENTORY_ENTITIES,
    ...CART_ENTITIES,
    ...ORDERING_ENTITIES,
    ...PAYMENTS_ENTITIES,
    ...CHAT_ENTITIES,
    ...NOTIFICATIONS_ENTITIES,
    ...REVIEWS_ENTITIES,
    ...ANALYTICS_ENTITIES,
    ...SEARCH_ENTITIES,
  ],
  // The analytics read model is plain SQL tables without entities: its migrations are written
  // by hand, and the generator must not propose dropping them.
  schemaGenerator: { ignoreSchema: ['analytics'] },
});
