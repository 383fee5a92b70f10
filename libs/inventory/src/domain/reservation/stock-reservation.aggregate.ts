import { randomUUID } from 'node:crypto';
import { Collection, Entity, Enum, Index, OneToMany, PrimaryKey, Property } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { ReservedLinePayload } from '../../contracts/inventory.events';
import { AvailabilityChangedEvent } from '../stock/availability';
import { Allocation, lockKey } from './allocation-policy';
import { ReservationAllocation } from './reservation-allocation.entity';
import {
  RESERVATION_OUTCOMES,
  RESERVATION_STATUSES,
  RESERVATION_TRANSITIONS,
  ReservationAction,
  ReservationStatus,
} from './reservation-status';
import {
  InvalidReservationError,
  NothingToReturnError,
  ReservationNotActiveError,
  ReservationNotCommittedError,
  ReservationNotExpiredError,
} from './reservation.errors';
import {
  ReservationCommittedEvent,
  ReservationExpiredEvent,
  ReservationReleasedEvent,
  StockReservedEvent,
} from './reservation.events';

/** A reserved line: a variant of a shop, and the warehouses its units are held in. */
export type ReservedLine = ReservedLinePayload;

const SETTLED_EVENTS = {
  commit: ReservationCommittedEvent,
  release: ReservationReleasedEvent,
  expire: ReservationExpiredEvent,
} as const;

/**
 * Stock held for a reference (an order) until it is committed (sold), released, or expires.
 * Each transition happens once: repeating it is a no-op, anything else from a final state is
 * refused. The stock levels follow in the same transaction (see ReservationSettler).
 */
@Entity({ schema: 'inventory', tableName: 'stock_reservations' })
@Index({
  // The sweeper's search for overdue holds: only active rows, in deadline order (settled rows,
  // nearly all of the table over time, are not in it).
  name: 'stock_reservations_active_expires_at_index',
  expression:
    'create index "stock_reservations_active_expires_at_index" on "inventory"."stock_reservations" ("expires_at", "id") where "status" = \'active\'',
})
export class StockReservation extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'string', length: 120, index: true })
  readonly reference: string;

  @Enum({ items: () => RESERVATION_STATUSES, fieldName: 'status' })
  private _status: ReservationStatus = 'active';

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  @OneToMany({ entity: () => ReservationAllocation, mappedBy: 'reservation' })
  readonly allocations = new Collection<ReservationAllocation>(this);

  private constructor(reference: string, expiresAt: Date, now: Date) {
    super();
    this.id = randomUUID();
    this.reference = reference;
    this.expiresAt = expiresAt;
    this.createdAt = now;
    this._updatedAt = now;
  }

  /**
   * Records stock already taken from the warehouses for each line. Every line must be fully
   * allocated (a reservation is all or nothing) and expire in the future.
   */
  static reserve(props: {
    reference: string;
    expiresAt: Date;
    lines: { shopId: string; variantId: string; quantity: number; allocations: Allocation[] }[];
    now: Date;
  }): StockReservation {
    const reference = props.reference.trim();
    if (reference.length === 0 || reference.length > 120) {
      throw new InvalidReservationError('reference must be 1 to 120 characters');
    }
    if (props.expiresAt.getTime() <= props.now.getTime()) {
      throw new InvalidReservationError('expiresAt must be in the future');
    }
    if (props.lines.length === 0) throw new InvalidReservationError('a reservation needs lines');
    const reservation = new StockReservation(reference, props.expiresAt, props.now);
    const seen = new Set<string>();
    for (const line of props.lines) {
      if (seen.has(lockKey(line))) {
        throw new InvalidReservationError(`variant ${line.variantId} appears twice for one shop`);
      }
      seen.add(lockKey(line));
      assertFullyAllocated(line);
      for (const allocation of line.allocations) {
        reservation.allocations.add(new ReservationAllocation(reservation, line, allocation));
      }
    }
    reservation.record(
      new StockReservedEvent('StockReservation', reservation.id, {
        reservationId: reservation.id,
        reference,
        expiresAt: props.expiresAt.toISOString(),
        lines: reservation.lines,
      }),
    );
    return reservation;
  }

  get status(): ReservationStatus {
    return this._status;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  get lines(): ReservedLine[] {
    const lines = new Map<string, ReservedLine>();
    for (const a of this.allocations.getItems()) {
      const key = lockKey(a);
      const line = lines.get(key) ?? {
        shopId: a.shopId,
        variantId: a.variantId,
        quantity: 0,
        allocations: [],
      };
      line.quantity += a.quantity;
      line.allocations.push({ warehouseId: a.warehouseId, quantity: a.quantity });
      lines.set(key, line);
    }
    return [...lines.values()];
  }

  /** The units were sold. False if it already was committed (nothing to do). */
  commit(now: Date): boolean {
    return this.settle('commit', now);
  }

  /** The stock goes back (e.g. the order was cancelled). False if already released. */
  release(now: Date): boolean {
    return this.settle('release', now);
  }

  /** The hold ran out: only at or after `expiresAt`. False if already expired. */
  expire(now: Date): boolean {
    return this.settle('expire', now);
  }

  /**
   * The units a shop sold under this committed reservation come back (its paid order was
   * cancelled): returns the allocations to put back on hand, each only once; nothing when the
   * shop's units already came back.
   */
  returnShop(shopId: string, now: Date): ReservationAllocation[] {
    if (this._status !== 'committed') throw new ReservationNotCommittedError(this.id, this._status);
    const ofShop = this.allocations.getItems().filter((a) => a.shopId === shopId);
    if (ofShop.length === 0) throw new NothingToReturnError(this.reference, shopId);
    const returned = ofShop.filter((a) => a.markReturned(now));
    if (returned.length > 0) this._updatedAt = now;
    return returned;
  }

  /** Records what each touched shop can now sell of each variant (for the listing read model). */
  announceAvailability(changes: { shopId: string; variantId: string; available: number }[]): void {
    for (const change of changes) {
      this.record(new AvailabilityChangedEvent('StockReservation', this.id, { ...change }));
    }
  }

  private settle(action: ReservationAction, now: Date): boolean {
    const next = RESERVATION_TRANSITIONS[this._status][action];
    if (next === undefined) {
      if (this._status === RESERVATION_OUTCOMES[action]) return false;
      throw new ReservationNotActiveError(this.id, this._status);
    }
    if (action === 'expire' && now.getTime() < this.expiresAt.getTime()) {
      throw new ReservationNotExpiredError(this.expiresAt);
    }
    this._status = next;
    this._updatedAt = now;
    this.record(
      new SETTLED_EVENTS[action]('StockReservation', this.id, {
        reservationId: this.id,
        reference: this.reference,
      }),
    );
    return true;
  }
}

function assertFullyAllocated(line: {
  variantId: string;
  quantity: number;
  allocations: Allocation[];
}): void {
  if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
    throw new InvalidReservationError(`quantity of ${line.variantId} must be a positive integer`);
  }
  const allocated = line.allocations.reduce((sum, a) => sum + a.quantity, 0);
  const positive = line.allocations.every((a) => Number.isInteger(a.quantity) && a.quantity > 0);
  if (!positive || allocated !== line.quantity) {
    throw new InvalidReservationError(
      `allocations of ${line.variantId} must add up to its quantity`,
    );
  }
}
