import { DomainEvent } from '@pasar/shared/domain';
import {
  CATALOG_EVENTS,
  CategoryMovedPayload,
  CategorySavedPayload,
} from '../../contracts/catalog.events';

export class CategorySavedEvent extends DomainEvent<CategorySavedPayload> {
  readonly type = CATALOG_EVENTS.categorySaved;
}

export class CategoryMovedEvent extends DomainEvent<CategoryMovedPayload> {
  readonly type = CATALOG_EVENTS.categoryMoved;
}
