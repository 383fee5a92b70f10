import { DomainEvent } from '@pasar/shared/domain';
import { CATALOG_EVENTS, ProductSavedPayload } from '../../contracts/catalog.events';

export class ProductSavedEvent extends DomainEvent<ProductSavedPayload> {
  readonly type = CATALOG_EVENTS.productSaved;
}
