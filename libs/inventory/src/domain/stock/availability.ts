import { DomainEvent } from '@pasar/shared/domain';
import { AVAILABILITY_CHANGED, AvailabilityChangedPayload } from '../../contracts/inventory.events';

export class AvailabilityChangedEvent extends DomainEvent<AvailabilityChangedPayload> {
  readonly type = AVAILABILITY_CHANGED;
}

/** A level as availability sees it: what it holds and whether its warehouse takes reservations. */
export interface LevelAvailability {
  warehouseId: string;
  available: number;
}

/** What a shop can sell of one variant: the available stock of its active warehouses. */
export function shopAvailable(
  levels: readonly LevelAvailability[],
  activeWarehouseIds: ReadonlySet<string>,
): number {
  return levels
    .filter((level) => activeWarehouseIds.has(level.warehouseId))
    .reduce((sum, level) => sum + level.available, 0);
}
