import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';

export const MOVEMENT_KINDS = [
  'receipt',
  'adjustment',
  'transfer_out',
  'transfer_in',
  'reservation',
  'release',
  'sale',
  'return',
] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/**
 * One row of the stock ledger, never changed once written. Per (warehouse, variant), the sum of
 * `onHandDelta` is the level's on hand and the sum of `reservedDelta` its reserved quantity.
 */
@Entity({ schema: 'inventory', tableName: 'stock_movements' })
@Index({ properties: ['warehouseId', 'variantId', 'createdAt'] })
export class StockMovement {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly warehouseId: string;

  @Property({ type: 'uuid' })
  readonly variantId: string;

  @Enum({ items: () => MOVEMENT_KINDS })
  readonly kind: MovementKind;

  @Property({ type: 'integer' })
  readonly onHandDelta: number;

  @Property({ type: 'integer' })
  readonly reservedDelta: number;

  @Property({ type: 'string', length: 500, nullable: true })
  readonly reason: string | null;

  /** What caused it: a receipt's document number, a transfer id, an order's reference… */
  @Property({ type: 'string', length: 120, index: true })
  readonly reference: string;

  @Property({ type: 'uuid', nullable: true })
  readonly actorId: string | null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  private constructor(props: Omit<StockMovement, 'id' | 'reference'> & { reference?: string }) {
    this.id = randomUUID();
    this.warehouseId = props.warehouseId;
    this.variantId = props.variantId;
    this.kind = props.kind;
    this.onHandDelta = props.onHandDelta;
    this.reservedDelta = props.reservedDelta;
    this.reason = props.reason;
    this.reference = props.reference ?? this.id;
    this.actorId = props.actorId;
    this.createdAt = props.createdAt;
  }

  static record(props: {
    warehouseId: string;
    variantId: string;
    kind: MovementKind;
    onHandDelta?: number;
    reservedDelta?: number;
    reason?: string | null;
    /** Defaults to the movement's own id. */
    reference?: string;
    actorId?: string | null;
    now: Date;
  }): StockMovement {
    return new StockMovement({
      warehouseId: props.warehouseId,
      variantId: props.variantId,
      kind: props.kind,
      onHandDelta: props.onHandDelta ?? 0,
      reservedDelta: props.reservedDelta ?? 0,
      reason: props.reason ?? null,
      reference: props.reference,
      actorId: props.actorId ?? null,
      createdAt: props.now,
    });
  }
}
