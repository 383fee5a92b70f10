import { randomUUID } from 'node:crypto';
import { Check, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { StockReservation } from './stock-reservation.aggregate';

/** Units of one reservation line held in one warehouse; part of the StockReservation aggregate. */
@Entity({ schema: 'inventory', tableName: 'reservation_allocations' })
@Index({ properties: ['warehouseId', 'variantId'] })
@Check({ name: 'reservation_allocations_quantity_check', expression: 'quantity > 0' })
export class ReservationAllocation {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'StockReservation', deleteRule: 'cascade', index: true })
  readonly reservation: StockReservation;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  @Property({ type: 'uuid' })
  readonly variantId: string;

  @Property({ type: 'uuid' })
  readonly warehouseId: string;

  @Property({ type: 'integer' })
  readonly quantity: number;

  /** When these units came back on hand after they were sold (see StockReservation.returnShop). */
  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'returned_at',
  })
  private _returnedAt: Date | null = null;

  constructor(
    reservation: StockReservation,
    line: { shopId: string; variantId: string },
    allocation: { warehouseId: string; quantity: number },
  ) {
    this.id = randomUUID();
    this.reservation = reservation;
    this.shopId = line.shopId;
    this.variantId = line.variantId;
    this.warehouseId = allocation.warehouseId;
    this.quantity = allocation.quantity;
  }

  get returnedAt(): Date | null {
    return this._returnedAt;
  }

  /** Marks the units returned; false if they already were. */
  markReturned(now: Date): boolean {
    if (this._returnedAt !== null) return false;
    this._returnedAt = now;
    return true;
  }
}
