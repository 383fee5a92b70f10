import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { CancellationReason, ShopOrderStatusPayload } from '../../contracts/ordering.events';
import type { Order } from '../order/order.aggregate';
import type { PlacementShop } from '../order/placement';
import { SYSTEM, TimelineActor } from '../timeline/timeline-actor';
import { TimelineEntry, TimelineEvent } from '../timeline/timeline-entry.entity';
import { CARRIER_MAX, checkedShipment, TRACKING_NUMBER_MAX } from './shipment';
import { ShopOrderItem } from './shop-order-item.entity';
import {
  CANCELLATION_REASONS_BY_STATUS,
  SHOP_ORDER_STATUSES,
  SHOP_ORDER_TRANSITIONS,
  ShopOrderStatus,
} from './shop-order-status';
import { IllegalTransitionError } from './shop-order.errors';
import {
  ShopOrderCancelledEvent,
  ShopOrderCompletedEvent,
  ShopOrderDeliveredEvent,
  ShopOrderShippedEvent,
} from './shop-order.events';

/**
 * One shop's part of an order: its lines with their price snapshots, its share of the discount,
 * and its own life cycle (SHOP_ORDER_TRANSITIONS). Its Order moves every ShopOrder together while
 * the order is unpaid (pay, expire, cancel); once paid, each ShopOrder is shipped, delivered,
 * completed or cancelled with a refund on its own. Every transition writes a timeline entry.
 */
@Entity({ schema: 'ordering', tableName: 'shop_orders' })
@Index({
  name: 'shop_orders_shop_placed_idx',
  expression:
    'create index "shop_orders_shop_placed_idx" on "ordering"."shop_orders" ("shop_id", "placed_at" desc, "id" desc)',
})
@Index({
  name: 'shop_orders_shop_status_placed_idx',
  expression:
    'create index "shop_orders_shop_status_placed_idx" on "ordering"."shop_orders" ("shop_id", "status", "placed_at" desc, "id" desc)',
})
@Check({
  name: 'shop_orders_amounts_check',
  expression:
    'discount >= 0 and discount <= subtotal and shipping >= 0 and total = subtotal - discount + shipping',
})
export class ShopOrder extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @ManyToOne({ entity: 'Order', deleteRule: 'cascade', index: true })
  readonly order: Order;

  /** The order's number, copied so a ShopOrder loaded alone can name its order in events. */
  @Property({ type: 'string', length: 13 })
  readonly orderNumber: string;

  @Property({ type: 'uuid' })
  readonly shopId: string;

  /** The shop's name when the order was placed. */
  @Property({ type: 'string', length: 120 })
  readonly shopName: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'string', length: 3 })
  readonly currency: string;

  @Property({ type: new BigIntType('number') })
  readonly subtotal: number;

  @Property({ type: new BigIntType('number') })
  readonly discount: number;

  /** The shipping cost of the chosen method (0 for ShopOrders placed before shipping methods). */
  @Property({ type: new BigIntType('number'), default: 0 })
  readonly shipping: number;

  @Property({ type: new BigIntType('number') })
  readonly total: number;

  /** The chosen method as it was at checkout; null only on ShopOrders placed before methods. */
  @Property({ type: 'uuid', nullable: true })
  readonly shippingMethodId: string | null;

  @Property({ type: 'string', length: 80, nullable: true })
  readonly shippingMethodName: string | null;

  @Property({ type: 'string', length: CARRIER_MAX, nullable: true })
  readonly shippingMethodCarrier: string | null;

  @Property({ type: 'smallint', nullable: true })
  readonly shippingDaysMin: number | null;

  @Property({ type: 'smallint', nullable: true })
  readonly shippingDaysMax: number | null;

  @Enum({ items: () => SHOP_ORDER_STATUSES, fieldName: 'status' })
  private _status: ShopOrderStatus = 'pending_payment';

  @OneToMany({ entity: () => ShopOrderItem, mappedBy: 'shopOrder', orderBy: { position: 'asc' } })
  readonly items = new Collection<ShopOrderItem>(this);

  @Property({ type: 'string', length: CARRIER_MAX, nullable: true, fieldName: 'carrier' })
  private _carrier: string | null = null;

  @Property({
    type: 'string',
    length: TRACKING_NUMBER_MAX,
    nullable: true,
    fieldName: 'tracking_number',
  })
  private _trackingNumber: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly placedAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'paid_at',
  })
  private _paidAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'shipped_at',
  })
  private _shippedAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'delivered_at',
  })
  private _deliveredAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'completed_at',
  })
  private _completedAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'cancelled_at',
  })
  private _cancelledAt: Date | null = null;

  @Property({ type: 'string', length: 30, nullable: true, fieldName: 'cancel_reason' })
  private _cancelReason: CancellationReason | null = null;

  /** The seller's own words when they cancel. */
  @Property({ type: 'text', nullable: true, fieldName: 'cancel_note' })
  private _cancelNote: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  /** Timeline entries written since the last save (not mapped). */
  private newEntries?: TimelineEntry[];

  private constructor(order: Order, shop: PlacementShop, subtotal: number, now: Date) {
    super();
    this.id = randomUUID();
    this.order = order;
    this.orderNumber = order.number;
    this.shopId = shop.shopId;
    this.shopName = shop.shopName;
    this.buyerId = order.buyerId;
    this.currency = order.currency;
    this.subtotal = subtotal;
    this.discount = shop.discount;
    this.shipping = shop.shipping.cost;
    this.total = subtotal - shop.discount + shop.shipping.cost;
    this.shippingMethodId = shop.shipping.methodId;
    this.shippingMethodName = shop.shipping.name;
    this.shippingMethodCarrier = shop.shipping.carrier;
    this.shippingDaysMin = shop.shipping.estimatedDaysMin;
    this.shippingDaysMax = shop.shipping.estimatedDaysMax;
    this.placedAt = now;
    this._updatedAt = now;
  }

  /**
   * Only Order.place opens ShopOrders: one per shop, awaiting payment, with the lines already
   * checked there (positive whole quantities, whole non-negative prices, a discount within the
   * subtotal).
   */
  static open(order: Order, shop: PlacementShop, now: Date): ShopOrder {
    const subtotal = shop.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
    const shopOrder = new ShopOrder(order, shop, subtotal, now);
    shop.lines.forEach((line, index) =>
      shopOrder.items.add(new ShopOrderItem(shopOrder, line, index)),
    );
    shopOrder.write('placed', null, 'pending_payment', actorOfBuyer(order.buyerId), now);
    return shopOrder;
  }

  get orderId(): string {
    return this.order.id;
  }

  get status(): ShopOrderStatus {
    return this._status;
  }

  get carrier(): string | null {
    return this._carrier;
  }

  get trackingNumber(): string | null {
    return this._trackingNumber;
  }

  get paidAt(): Date | null {
    return this._paidAt;
  }

  get shippedAt(): Date | null {
    return this._shippedAt;
  }

  get deliveredAt(): Date | null {
    return this._deliveredAt;
  }

  get completedAt(): Date | null {
    return this._completedAt;
  }

  get cancelledAt(): Date | null {
    return this._cancelledAt;
  }

  get cancelReason(): CancellationReason | null {
    return this._cancelReason;
  }

  get cancelNote(): string | null {
    return this._cancelNote;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** The order's payment arrived (its Order moves every ShopOrder at once). */
  markPaid(now: Date): void {
    this.move('paid', SYSTEM, now);
    this._paidAt = now;
  }

  /** The seller hands the parcel to a carrier; both the carrier and the tracking number are required. */
  ship(shipment: { carrier: string; trackingNumber: string }, actor: TimelineActor, now: Date) {
    const { carrier, trackingNumber } = checkedShipment(shipment);
    this.move('shipped', actor, now);
    this._carrier = carrier;
    this._trackingNumber = trackingNumber;
    this._shippedAt = now;
    this.record(
      new ShopOrderShippedEvent('ShopOrder', this.id, this.payload({ carrier, trackingNumber })),
    );
  }

  /** The parcel reached the buyer. */
  deliver(actor: TimelineActor, now: Date): void {
    this.move('delivered', actor, now);
    this._deliveredAt = now;
    this.record(new ShopOrderDeliveredEvent('ShopOrder', this.id, this.payload({})));
  }

  /** The buyer confirmed receipt, or nobody objected in time (the system completes it). */
  complete(actor: TimelineActor, now: Date): void {
    this.move('completed', actor, now);
    this._completedAt = now;
    this.record(new ShopOrderCompletedEvent('ShopOrder', this.id, this.payload({})));
  }

  /**
   * Cancels this part of the order for a reason its status allows (CANCELLATION_REASONS_BY_STATUS). A paid
   * ShopOrder is refunded in full: returns the amount to refund (0 when nothing was paid).
   */
  cancel(
    reason: CancellationReason,
    actor: TimelineActor,
    now: Date,
    note: string | null = null,
  ): { refundAmount: number } {
    const from = this._status;
    this.assertAllowed('cancelled');
    if (!CANCELLATION_REASONS_BY_STATUS[from]?.includes(reason)) {
      throw new IllegalTransitionError(from, 'cancelled', reason);
    }
    this.move('cancelled', actor, now, reason, note);
    this._cancelledAt = now;
    this._cancelReason = reason;
    this._cancelNote = note;
    if (from !== 'paid') return { refundAmount: 0 };
    this.record(
      new ShopOrderCancelledEvent(
        'ShopOrder',
        this.id,
        this.payload({ reason, refundAmount: this.total }),
      ),
    );
    return { refundAmount: this.total };
  }

  /** The timeline entries written since the last call (the repository saves them). */
  pullTimeline(): TimelineEntry[] {
    const entries = this.newEntries ?? [];
    this.newEntries = [];
    return entries;
  }

  private assertAllowed(to: ShopOrderStatus): void {
    if (!SHOP_ORDER_TRANSITIONS[this._status].includes(to)) {
      throw new IllegalTransitionError(this._status, to);
    }
  }

  private move(
    to: Exclude<ShopOrderStatus, 'pending_payment'>,
    actor: TimelineActor,
    now: Date,
    reason: string | null = null,
    note: string | null = null,
  ): void {
    this.assertAllowed(to);
    const from = this._status;
    this._status = to;
    this._updatedAt = now;
    this.write(to, from, to, actor, now, reason, note);
  }

  private write(
    event: TimelineEvent,
    from: ShopOrderStatus | null,
    to: ShopOrderStatus | null,
    actor: TimelineActor,
    now: Date,
    reason: string | null = null,
    note: string | null = null,
  ): void {
    (this.newEntries ??= []).push(
      new TimelineEntry({
        orderId: this.order.id,
        shopOrderId: this.id,
        event,
        from,
        to,
        actor,
        reason,
        note,
        now,
      }),
    );
  }

  private payload(
    extra: Pick<ShopOrderStatusPayload, 'carrier' | 'trackingNumber' | 'reason' | 'refundAmount'>,
  ): ShopOrderStatusPayload {
    return {
      orderId: this.order.id,
      orderNumber: this.orderNumber,
      shopOrderId: this.id,
      shopId: this.shopId,
      buyerId: this.buyerId,
      status: this._status,
      ...extra,
    };
  }
}

const actorOfBuyer = (buyerId: string): TimelineActor => ({ id: buyerId, role: 'buyer' });
