import { DomainEvent } from '@pasar/shared/domain';
import { SHOP_SAVED, ShopSavedPayload } from '../../contracts/shops.events';

/** Recorded whenever a shop is opened or changed; carries the whole public state. */
export class ShopSavedEvent extends DomainEvent<ShopSavedPayload> {
  readonly type = SHOP_SAVED;
}
