import { MikroORM } from '@mikro-orm/core';
import { minutesAfter, orderingMetadata, placedOrder, t0 } from '../../../test/order-builders';
import { SYSTEM, TimelineActor } from '../timeline/timeline-actor';
import { ShopOrder } from './shop-order.aggregate';
import { SHOP_ORDER_STATUSES, SHOP_ORDER_TRANSITIONS, ShopOrderStatus } from './shop-order-status';

const seller: TimelineActor = { id: '5e11e000-0000-4000-8000-000000000001', role: 'seller' };
const buyer: TimelineActor = { id: '0b9c2a40-0000-4000-8000-000000000001', role: 'buyer' };
const parcel = { carrier: 'JNE', trackingNumber: 'JNE-0001' };

/** A ShopOrder brought to `status` the way the business would get it there. */
function shopOrderIn(status: ShopOrderStatus): ShopOrder {
  const order = placedOrder();
  const [shopOrder] = order.shopOrders.getItems();
  if (status === 'cancelled') order.cancel(buyer, minutesAfter(1));
  if (status === 'pending_payment' || status === 'cancelled') return drained(shopOrder);
  order.markPaid('pay-1', minutesAfter(1));
  if (status !== 'paid') shopOrder.ship(parcel, seller, minutesAfter(2));
  if (status === 'delivered' || status === 'completed') shopOrder.deliver(seller, minutesAfter(3));
  if (status === 'completed') shopOrder.complete(buyer, minutesAfter(4));
  return drained(shopOrder);
}

function drained(shopOrder: ShopOrder): ShopOrder {
  shopOrder.pullEvents();
  shopOrder.pullTimeline();
  return shopOrder;
}

/** The action that leads to each status. */
const moveTo: Record<ShopOrderStatus, ((s: ShopOrder) => unknown) | null> = {
  pending_payment: null,
  paid: (s) => s.markPaid(minutesAfter(10)),
  shipped: (s) => s.ship(parcel, seller, minutesAfter(10)),
  delivered: (s) => s.deliver(seller, minutesAfter(10)),
  completed: (s) => s.complete(buyer, minutesAfter(10)),
  cancelled: (s) =>
    s.cancel(
      s.status === 'pending_payment' ? 'buyer_cancelled' : 'seller_cancelled',
      s.status === 'pending_payment' ? buyer : seller,
      minutesAfter(10),
    ),
};

describe('ShopOrder', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await orderingMetadata();
  });
  afterAll(() => orm.close());

  it('allows exactly the transitions of its status table', () => {
    const legal = SHOP_ORDER_STATUSES.flatMap((from) =>
      SHOP_ORDER_TRANSITIONS[from].map((to) => `${from} → ${to}`),
    );
    expect(legal).toEqual([
      'pending_payment → paid',
      'pending_payment → cancelled',
      'paid → shipped',
      'paid → cancelled',
      'shipped → delivered',
      'delivered → completed',
    ]);
  });

  describe.each(SHOP_ORDER_STATUSES)('from %s', (from) => {
    const targets = SHOP_ORDER_STATUSES.filter((to) => moveTo[to] !== null);

    it.each(targets)('to %s is legal only if the table says so', (to) => {
      const shopOrder = shopOrderIn(from);
      const act = () => moveTo[to]!(shopOrder);
      if (SHOP_ORDER_TRANSITIONS[from].includes(to)) {
        act();
        expect(shopOrder.status).toBe(to);
        const [entry] = shopOrder.pullTimeline();
        expect(entry).toMatchObject({ event: to, fromStatus: from, toStatus: to });
      } else {
        expect(act).toThrow(
          expect.objectContaining({ code: 'ORDERING.ILLEGAL_TRANSITION', details: { from, to } }),
        );
        expect(shopOrder.status).toBe(from);
        expect(shopOrder.pullTimeline()).toEqual([]);
        expect(shopOrder.peekEvents()).toEqual([]);
      }
    });
  });

  it('ships only with a carrier and a tracking number, trimmed', () => {
    const shopOrder = shopOrderIn('paid');
    expect(() => shopOrder.ship({ carrier: ' ', trackingNumber: 'X1' }, seller, t0)).toThrow(
      expect.objectContaining({ code: 'ORDERING.INVALID_SHIPMENT', details: { field: 'carrier' } }),
    );
    expect(() => shopOrder.ship({ carrier: 'JNE', trackingNumber: '' }, seller, t0)).toThrow(
      expect.objectContaining({ details: { field: 'trackingNumber' } }),
    );
    expect(shopOrder.status).toBe('paid');
    shopOrder.ship({ carrier: ' SiCepat ', trackingNumber: ' SC-42 ' }, seller, minutesAfter(5));
    expect([shopOrder.carrier, shopOrder.trackingNumber]).toEqual(['SiCepat', 'SC-42']);
    expect(shopOrder.shippedAt).toEqual(minutesAfter(5));
    expect(shopOrder.pullEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'ordering.shop-order-shipped',
        {
          orderId: shopOrder.orderId,
          orderNumber: shopOrder.orderNumber,
          shopOrderId: shopOrder.id,
          shopId: shopOrder.shopId,
          buyerId: shopOrder.buyerId,
          status: 'shipped',
          carrier: 'SiCepat',
          trackingNumber: 'SC-42',
        },
      ],
    ]);
  });

  it('records delivered and completed events with their dates and actors', () => {
    const shopOrder = shopOrderIn('shipped');
    shopOrder.deliver(seller, minutesAfter(20));
    shopOrder.complete(SYSTEM, minutesAfter(30));
    expect(shopOrder.pullEvents().map((e) => e.type)).toEqual([
      'ordering.shop-order-delivered',
      'ordering.shop-order-completed',
    ]);
    expect([shopOrder.deliveredAt, shopOrder.completedAt]).toEqual([
      minutesAfter(20),
      minutesAfter(30),
    ]);
    expect(
      shopOrder.pullTimeline().map((e) => [e.event, e.actorRole, e.actorId, e.occurredAt]),
    ).toEqual([
      ['delivered', 'seller', seller.id, minutesAfter(20)],
      ['completed', 'system', null, minutesAfter(30)],
    ]);
  });

  it('cancels a paid ShopOrder only as the seller, refunding its total', () => {
    const shopOrder = shopOrderIn('paid');
    expect(() => shopOrder.cancel('buyer_cancelled', buyer, t0)).toThrow(
      expect.objectContaining({
        code: 'ORDERING.ILLEGAL_TRANSITION',
        details: { from: 'paid', to: 'cancelled', reason: 'buyer_cancelled' },
      }),
    );
    const { refundAmount } = shopOrder.cancel('seller_cancelled', seller, t0, 'Out of stock');
    expect(refundAmount).toBe(shopOrder.total);
    expect([shopOrder.status, shopOrder.cancelReason, shopOrder.cancelNote]).toEqual([
      'cancelled',
      'seller_cancelled',
      'Out of stock',
    ]);
    expect(shopOrder.pullEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'ordering.shop-order-cancelled',
        expect.objectContaining({
          status: 'cancelled',
          reason: 'seller_cancelled',
          refundAmount: shopOrder.total,
        }),
      ],
    ]);
    expect(shopOrder.pullTimeline()).toEqual([
      expect.objectContaining({ reason: 'seller_cancelled', note: 'Out of stock' }),
    ]);
  });

  it('cancels an unpaid ShopOrder for the buyer or the timeout only, refunding nothing', () => {
    expect(() => shopOrderIn('pending_payment').cancel('seller_cancelled', seller, t0)).toThrow(
      expect.objectContaining({ code: 'ORDERING.ILLEGAL_TRANSITION' }),
    );
    const shopOrder = shopOrderIn('pending_payment');
    expect(shopOrder.cancel('payment_timeout', SYSTEM, t0)).toEqual({ refundAmount: 0 });
    expect(shopOrder.peekEvents()).toEqual([]);
  });
});
