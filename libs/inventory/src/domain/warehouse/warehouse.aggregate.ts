import { randomUUID } from 'node:crypto';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { AvailabilityChangedEvent } from '../stock/availability';
import { WarehouseAddress, WarehouseAddressFields } from './warehouse-address.vo';

/** Lower numbers are tried first when reserving (0 before 100); ties go by warehouse id. */
export const DEFAULT_PRIORITY = 100;

export interface WarehouseChanges {
  name?: string;
  address?: WarehouseAddressFields;
  priority?: number;
}

/**
 * A place a shop keeps stock. Only active warehouses take new reservations; deactivating one
 * leaves the reservations already on it valid (they can still be committed or released).
 */
@Entity({ schema: 'inventory', tableName: 'warehouses' })
export class Warehouse extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid', index: true })
  readonly shopId: string;

  @Property({ type: 'string', length: 120, fieldName: 'name' })
  private _name: string;

  @Embedded({ entity: () => WarehouseAddress, prefix: 'address_' })
  private _address: WarehouseAddress;

  @Property({ type: 'integer', fieldName: 'priority' })
  private _priority: number;

  @Property({ type: 'boolean', fieldName: 'active' })
  private _active = true;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(props: {
    shopId: string;
    name: string;
    address: WarehouseAddressFields;
    priority: number;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.shopId = props.shopId;
    this._name = props.name;
    this._address = new WarehouseAddress(props.address);
    this._priority = props.priority;
    this.createdAt = props.now;
    this._updatedAt = props.now;
  }

  /** A new, active warehouse of a shop. */
  static open(props: {
    shopId: string;
    name: string;
    address: WarehouseAddressFields;
    priority?: number;
    now: Date;
  }): Warehouse {
    return new Warehouse({ ...props, priority: props.priority ?? DEFAULT_PRIORITY });
  }

  get name(): string {
    return this._name;
  }

  get address(): WarehouseAddress {
    return this._address;
  }

  get priority(): number {
    return this._priority;
  }

  get active(): boolean {
    return this._active;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Renames, moves or reprioritizes; only the fields given change. */
  revise(changes: WarehouseChanges, now: Date): void {
    if (changes.name !== undefined) this._name = changes.name;
    if (changes.address !== undefined) this._address = new WarehouseAddress(changes.address);
    if (changes.priority !== undefined) this._priority = changes.priority;
    this._updatedAt = now;
  }

  /** Turns reservations from this warehouse on or off; true when that changed anything. */
  setActive(active: boolean, now: Date): boolean {
    if (this._active === active) return false;
    this._active = active;
    this._updatedAt = now;
    return true;
  }

  /**
   * Records what the shop can now sell of each variant a change here touched (event-carried
   * state for the listing read model).
   */
  announceAvailability(changes: { variantId: string; available: number }[]): void {
    for (const { variantId, available } of changes) {
      this.record(
        new AvailabilityChangedEvent('Warehouse', this.id, {
          shopId: this.shopId,
          variantId,
          available,
        }),
      );
    }
  }
}
