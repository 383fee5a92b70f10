import { randomUUID } from 'node:crypto';
import {
  BigIntType,
  Check,
  Collection,
  Embedded,
  Entity,
  Index,
  OneToMany,
  PrimaryKey,
  Property,
} from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { CancellationReason } from '../../contracts/ordering.events';
import { ShopOrder } from '../shop-order/shop-order.aggregate';
import { IllegalTransitionError } from '../shop-order/shop-order.errors';
import { SYSTEM, TimelineActor } from '../timeline/timeline-actor';
import { TimelineEntry, TimelineEvent } from '../timeline/timeline-entry.entity';
import { deriveOrderStatus, OrderStatus } from './order-status';
import { InvalidOrderError, OrderNotPayableError } from './order.errors';
import { OrderCancelledEvent, OrderPaidEvent, OrderPlacedEvent } from './order.events';
import { assertPlaceable, PaymentMethod, Placement } from './placement';
import { ShippingAddress } from './shipping-address.vo';

/**
 * A buyer's checkout: what was bought from which shops at which prices, where it ships, and how
 * it is paid. Split into one ShopOrder per shop. While unpaid, the Order moves all its ShopOrders
 * together (pay, expire, cancel) under its row lock, so a payment and an expiry cannot both win;
 * its status is derived from its ShopOrders (deriveOrderStatus), never stored.
 */
@Entity({ schema: 'ordering', tableName: 'orders' })
@Index({
  name: 'orders_buyer_placed_idx',
  expression:
    'create index "orders_buyer_placed_idx" on "ordering"."orders" ("buyer_id", "placed_at" desc, "id" desc)',
})
@Check({
  name: 'orders_amounts_check',
  expression:
    'discount >= 0 and discount <= subtotal and shipping >= 0 and total = subtotal - discount + shipping',
})
export class Order extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  /** What people call the order by (emails, chat, search): `PSR-7K3M-Q9XD`. */
  @Property({ type: 'string', length: 13, unique: 'orders_number_unique' })
  readonly number: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'string', length: 3 })
  readonly currency: string;

  @Property({ type: new BigIntType('number') })
  readonly subtotal: number;

  @Property({ type: new BigIntType('number') })
  readonly discount: number;

  /** Every ShopOrder's shipping cost (0 for orders placed before shipping methods). */
  @Property({ type: new BigIntType('number'), default: 0 })
  readonly shipping: number;

  /** subtotal − discount + shipping: what the buyer pays. */
  @Property({ type: new BigIntType('number') })
  readonly total: number;

  @Property({ type: 'uuid', nullable: true })
  readonly promotionId: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  readonly promotionCode: string | null;

  @Embedded({ entity: () => ShippingAddress, prefix: 'shipping_' })
  readonly shippingAddress: ShippingAddress;

  /** The billing address as it was at checkout (same shape, its own copy). */
  @Embedded({ entity: () => ShippingAddress, prefix: 'billing_' })
  readonly billingAddress: ShippingAddress;

  @Property({ type: 'string', length: 20 })
  readonly paymentMethod: PaymentMethod;

  /** The inventory reservation holding this order's stock (its reference is the order id). */
  @Property({ type: 'uuid', nullable: true, fieldName: 'reservation_id' })
  private _reservationId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly expiresAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly placedAt: Date;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'paid_at',
  })
  private _paidAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'payment_id' })
  private _paymentId: string | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'cancelled_at',
  })
  private _cancelledAt: Date | null = null;

  /** Why the whole order was cancelled before payment. */
  @Property({ type: 'string', length: 30, nullable: true, fieldName: 'cancel_reason' })
  private _cancelReason: CancellationReason | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  @OneToMany({
    entity: () => ShopOrder,
    mappedBy: 'order',
    orderBy: { shopName: 'asc', id: 'asc' },
  })
  readonly shopOrders = new Collection<ShopOrder>(this);

  /** Order-wide timeline entries written since the last save (not mapped). */
  private newEntries?: TimelineEntry[];

  private constructor(placement: Placement) {
    super();
    this.id = randomUUID();
    this.number = placement.number;
    this.buyerId = placement.buyerId;
    this.currency = placement.currency;
    this.promotionId = placement.promotion?.id ?? null;
    this.promotionCode = placement.promotion?.code ?? null;
    this.shippingAddress = new ShippingAddress(placement.shippingAddress);
    this.billingAddress = new ShippingAddress(placement.billingAddress);
    this.paymentMethod = placement.paymentMethod;
    this.expiresAt = placement.expiresAt;
    this.placedAt = placement.now;
    this._updatedAt = placement.now;
    const subtotals = placement.shops.map((shop) =>
      shop.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    );
    this.subtotal = subtotals.reduce((sum, s) => sum + s, 0);
    this.discount = placement.shops.reduce((sum, shop) => sum + shop.discount, 0);
    this.shipping = placement.shops.reduce((sum, shop) => sum + shop.shipping.cost, 0);
    this.total = this.subtotal - this.discount + this.shipping;
  }

  /**
   * Places an order awaiting payment from a priced cart: one ShopOrder per shop, totals computed
   * from the line snapshots (subtotal = Σ unit price × quantity, total = subtotal − discount +
   * shipping).
   * Records ordering.order-placed.
   */
  static place(placement: Placement): Order {
    assertPlaceable(placement);
    const order = new Order(placement);
    for (const shop of placement.shops) {
      order.shopOrders.add(ShopOrder.open(order, shop, placement.now));
    }
    order.record(
      new OrderPlacedEvent('Order', order.id, {
        orderId: order.id,
        orderNumber: order.number,
        buyerId: order.buyerId,
        currency: order.currency,
        subtotal: order.subtotal,
        discount: order.discount,
        shipping: order.shipping,
        total: order.total,
        promotionCode: order.promotionCode,
        expiresAt: order.expiresAt.toISOString(),
        shopOrders: order.shopOrders.getItems().map((shopOrder) => ({
          shopOrderId: shopOrder.id,
          shopId: shopOrder.shopId,
          subtotal: shopOrder.subtotal,
          discount: shopOrder.discount,
          shipping: shopOrder.shipping,
          total: shopOrder.total,
          items: shopOrder.items.getItems().map((item) => ({
            itemId: item.id,
            offerId: item.offerId,
            productId: item.productId,
            variantId: item.variantId,
            productName: item.productName,
            variantTitle: item.variantTitle,
            sku: item.sku,
            quantity: item.quantity,
            unitPrice: item.unitPrice,
          })),
        })),
      }),
    );
    return order;
  }

  get status(): OrderStatus {
    return deriveOrderStatus(this.shopOrders.getItems().map((shopOrder) => shopOrder.status));
  }

  get reservationId(): string | null {
    return this._reservationId;
  }

  get paidAt(): Date | null {
    return this._paidAt;
  }

  get paymentId(): string | null {
    return this._paymentId;
  }

  get cancelledAt(): Date | null {
    return this._cancelledAt;
  }

  get cancelReason(): CancellationReason | null {
    return this._cancelReason;
  }

  get updatedAt(): Date {
    return this._updatedAt;
  }

  /** Checkout reserved the order's stock under this reservation (once). */
  holdStock(reservationId: string): void {
    if (this._reservationId !== null && this._reservationId !== reservationId) {
      throw new InvalidOrderError(
        `order ${this.id} already holds reservation ${this._reservationId}`,
      );
    }
    this._reservationId = reservationId;
  }

  /** A payment may be started only while the order awaits payment and its window is open. */
  assertPayable(now: Date): void {
    if (this.status !== 'pending_payment' || now.getTime() >= this.expiresAt.getTime()) {
      throw new OrderNotPayableError(this.status, this.expiresAt);
    }
  }

  /**
   * The payment succeeded (the caller committed the stock): every ShopOrder becomes paid.
   * `paymentId` is null for an order with nothing to pay (a 100 % promotion).
   */
  markPaid(paymentId: string | null, now: Date): void {
    if (this.status !== 'pending_payment') throw new IllegalTransitionError(this.status, 'paid');
    for (const shopOrder of this.shopOrders) shopOrder.markPaid(now);
    this._paidAt = now;
    this._paymentId = paymentId;
    this._updatedAt = now;
    this.record(
      new OrderPaidEvent('Order', this.id, {
        orderId: this.id,
        orderNumber: this.number,
        buyerId: this.buyerId,
        paymentId,
        total: this.total,
        currency: this.currency,
        shopOrderIds: this.shopOrders.getItems().map((shopOrder) => shopOrder.id),
      }),
    );
  }

  /**
   * The payment window closed without payment: every ShopOrder is cancelled (payment_timeout).
   * False, changing nothing, when the order no longer awaits payment (paid, or already cancelled).
   */
  expire(now: Date): boolean {
    if (this.status !== 'pending_payment') return false;
    this.cancelAll('payment_timeout', SYSTEM, now);
    return true;
  }

  /** The buyer gives up an unpaid order. */
  cancel(actor: TimelineActor, now: Date): void {
    if (this.status !== 'pending_payment') {
      throw new IllegalTransitionError(this.status, 'cancelled', 'buyer_cancelled');
    }
    this.cancelAll('buyer_cancelled', actor, now);
  }

  /** A payment attempt failed; the order keeps waiting (the buyer may try again). */
  notePaymentFailed(paymentId: string, failureReason: string | null, now: Date): void {
    this.write('payment_failed', SYSTEM, now, `payment ${paymentId}`, failureReason);
  }

  /**
   * Money arrived for an order that was already cancelled: it stays cancelled and the payment
   * is to be refunded in full. Returns the refund's reason.
   */
  refuseLatePayment(paymentId: string, now: Date): string {
    if (this.status !== 'cancelled') {
      throw new IllegalTransitionError(this.status, 'cancelled', 'payment_after_expiry');
    }
    const reason =
      this._cancelReason === 'payment_timeout'
        ? 'payment_after_expiry'
        : `payment_after_${this._cancelReason ?? 'cancellation'}`;
    this.write('late_payment', SYSTEM, now, reason, `payment ${paymentId} will be refunded`);
    return reason;
  }

  /** Timeline entries written since the last call, the order's and its ShopOrders'. */
  pullTimeline(): TimelineEntry[] {
    const own = this.newEntries ?? [];
    this.newEntries = [];
    return [...own, ...this.shopOrders.getItems().flatMap((shopOrder) => shopOrder.pullTimeline())];
  }

  private cancelAll(reason: CancellationReason, actor: TimelineActor, now: Date): void {
    for (const shopOrder of this.shopOrders) shopOrder.cancel(reason, actor, now);
    this._cancelledAt = now;
    this._cancelReason = reason;
    this._updatedAt = now;
    this.record(
      new OrderCancelledEvent('Order', this.id, {
        orderId: this.id,
        orderNumber: this.number,
        buyerId: this.buyerId,
        reason,
      }),
    );
  }

  private write(
    event: TimelineEvent,
    actor: TimelineActor,
    now: Date,
    reason: string | null,
    note: string | null,
  ): void {
    const status = this.status;
    (this.newEntries ??= []).push(
      new TimelineEntry({
        orderId: this.id,
        shopOrderId: null,
        event,
        from: status,
        to: status,
        actor,
        reason,
        note,
        now,
      }),
    );
  }
}
