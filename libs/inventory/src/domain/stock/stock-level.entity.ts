import { Check, Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { InsufficientStockError, InvalidQuantityError, StockLimitError } from './stock.errors';
import { StockMovement } from './stock-movement.entity';

/** Keeps every quantity well inside a Postgres integer. */
export const MAX_ON_HAND = 1_000_000_000;

/** Who and what a movement is for. */
export interface MovementContext {
  reference?: string;
  actorId?: string | null;
  now: Date;
}

/**
 * The stock of one variant in one warehouse. Every change returns the ledger row that explains
 * it, and the database refuses negative or over-reserved stock even if code went wrong.
 * Reservations raise `reserved` with a conditional SQL update (see ReservableStock), not here.
 */
@Entity({ schema: 'inventory', tableName: 'stock_levels' })
@Check({ name: 'stock_levels_on_hand_check', expression: 'on_hand >= 0' })
@Check({ name: 'stock_levels_reserved_check', expression: 'reserved >= 0' })
@Check({ name: 'stock_levels_reserved_on_hand_check', expression: 'reserved <= on_hand' })
export class StockLevel {
  [PrimaryKeyProp]?: ['warehouseId', 'variantId'];

  @PrimaryKey({ type: 'uuid' })
  readonly warehouseId: string;

  @PrimaryKey({ type: 'uuid' })
  readonly variantId: string;

  /** The warehouse's shop (warehouses never change shop), for per-shop queries and locks. */
  @Property({ type: 'uuid', index: true })
  readonly shopId: string;

  @Property({ type: 'integer', fieldName: 'on_hand' })
  private _onHand = 0;

  @Property({ type: 'integer', fieldName: 'reserved' })
  private _reserved = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(shopId: string, warehouseId: string, variantId: string, now: Date) {
    this.shopId = shopId;
    this.warehouseId = warehouseId;
    this.variantId = variantId;
    this._updatedAt = now;
  }

  /** An empty level, created the first time a warehouse holds a variant. */
  static open(props: {
    shopId: string;
    warehouseId: string;
    variantId: string;
    now: Date;
  }): StockLevel {
    return new StockLevel(props.shopId, props.warehouseId, props.variantId, props.now);
  }

  get onHand(): number {
    return this._onHand;
  }

  get reserved(): number {
    return this._reserved;
  }

  get available(): number {
    return this._onHand - this._reserved;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  receive(quantity: number, ctx: MovementContext): StockMovement {
    assertPositive(quantity, 'quantity');
    return this.move('receipt', quantity, 0, ctx);
  }

  /** A correction (count, damage, loss…); on hand never drops below what is reserved. */
  adjust(delta: number, reason: string, ctx: MovementContext): StockMovement {
    if (!Number.isInteger(delta) || delta === 0) throw new InvalidQuantityError('delta');
    if (delta < 0) this.assertAvailable(-delta);
    return this.move('adjustment', delta, 0, ctx, reason);
  }

  /** Only available stock leaves: reserved units stay for their reservation. */
  transferOut(quantity: number, ctx: MovementContext): StockMovement {
    assertPositive(quantity, 'quantity');
    this.assertAvailable(quantity);
    return this.move('transfer_out', -quantity, 0, ctx);
  }

  transferIn(quantity: number, ctx: MovementContext): StockMovement {
    assertPositive(quantity, 'quantity');
    return this.move('transfer_in', quantity, 0, ctx);
  }

  /** Reserved units were sold: they leave the shelf and the reservation. */
  sellReserved(quantity: number, ctx: MovementContext): StockMovement {
    this.assertReserved(quantity);
    return this.move('sale', -quantity, -quantity, ctx);
  }

  /** Sold units came back (a paid order was cancelled): they are on hand again. */
  takeBackSold(quantity: number, ctx: MovementContext): StockMovement {
    assertPositive(quantity, 'quantity');
    return this.move('return', quantity, 0, ctx);
  }

  /** Reserved units go back to available stock. */
  releaseReserved(quantity: number, ctx: MovementContext): StockMovement {
    this.assertReserved(quantity);
    return this.move('release', 0, -quantity, ctx);
  }

  private move(
    kind: StockMovement['kind'],
    onHandDelta: number,
    reservedDelta: number,
    ctx: MovementContext,
    reason: string | null = null,
  ): StockMovement {
    if (this._onHand + onHandDelta > MAX_ON_HAND) throw new StockLimitError(MAX_ON_HAND);
    this._onHand += onHandDelta;
    this._reserved += reservedDelta;
    this._updatedAt = ctx.now;
    return StockMovement.record({
      warehouseId: this.warehouseId,
      variantId: this.variantId,
      kind,
      onHandDelta,
      reservedDelta,
      reason,
      reference: ctx.reference,
      actorId: ctx.actorId,
      now: ctx.now,
    });
  }

  private assertAvailable(quantity: number): void {
    if (quantity > this.available) {
      throw InsufficientStockError.atLevel({
        warehouseId: this.warehouseId,
        variantId: this.variantId,
        requested: quantity,
        available: this.available,
      });
    }
  }

  private assertReserved(quantity: number): void {
    assertPositive(quantity, 'quantity');
    if (quantity > this._reserved) {
      throw new Error(
        `Stock level ${this.warehouseId}/${this.variantId} holds ${this._reserved} reserved, not ${quantity}`,
      );
    }
  }
}

function assertPositive(quantity: number, field: string): void {
  if (!Number.isInteger(quantity) || quantity <= 0) throw new InvalidQuantityError(field);
}
