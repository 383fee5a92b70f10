import { MikroORM } from '@mikro-orm/core';
import {
  BUYER,
  line,
  minutesAfter,
  orderingMetadata,
  placedOrder,
  placement,
  shop,
  SHOP_A,
  SHOP_B,
  t0,
} from '../../../test/order-builders';
import { SYSTEM } from '../timeline/timeline-actor';
import { Order } from './order.aggregate';

const buyer = { id: BUYER, role: 'buyer' as const };
const promotion = { id: '9c0c0c0c-0000-4000-8000-00000000000c', code: 'HEMAT10' };

describe('Order', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await orderingMetadata();
  });
  afterAll(() => orm.close());

  describe('placing', () => {
    it('splits the cart into one ShopOrder per shop with totals from the price snapshots', () => {
      const order = Order.place(
        placement({
          promotion,
          shops: [
            shop(SHOP_A, [line(10_000, 2), line(2_500, 3)], 3_000),
            shop(SHOP_B, [line(5_000, 1)], 500),
          ],
        }),
      );
      const [a, b] = [SHOP_A, SHOP_B].map((id) =>
        order.shopOrders.getItems().find((s) => s.shopId === id)!,
      );
      expect([a.subtotal, a.discount, a.total]).toEqual([27_500, 3_000, 24_500]);
      expect([b.subtotal, b.discount, b.total]).toEqual([5_000, 500, 4_500]);
      expect([order.subtotal, order.discount, order.total]).toEqual([32_500, 3_500, 29_000]);
      expect(a.items.getItems().map((i) => [i.quantity, i.unitPrice, i.lineTotal])).toEqual([
        [2, 10_000, 20_000],
        [3, 2_500, 7_500],
      ]);
      expect(order.status).toBe('pending_payment');
      expect([order.promotionId, order.promotionCode]).toEqual([promotion.id, 'HEMAT10']);
    });

    it('adds each shop’s shipping to its total and the order’s, keeping the chosen method', () => {
      const order = Order.place(
        placement({
          promotion,
          shops: [
            shop(SHOP_A, [line(10_000, 2)], 2_000, 15_000),
            shop(SHOP_B, [line(5_000, 1)], 0, 0),
          ],
        }),
      );
      const [a, b] = [SHOP_A, SHOP_B].map((id) =>
        order.shopOrders.getItems().find((s) => s.shopId === id)!,
      );
      expect([a.subtotal, a.discount, a.shipping, a.total]).toEqual([
        20_000, 2_000, 15_000, 33_000,
      ]);
      expect([b.shipping, b.total]).toEqual([0, 5_000]);
      expect([a.shippingMethodName, a.shippingMethodCarrier, a.shippingDaysMax]).toEqual([
        'Regular',
        'JNE',
        4,
      ]);
      expect([order.subtotal, order.discount, order.shipping, order.total]).toEqual([
        25_000, 2_000, 15_000, 38_000,
      ]);
      const [placed] = order.pullEvents();
      expect(placed.payload).toMatchObject({
        shipping: 15_000,
        total: 38_000,
        shopOrders: expect.arrayContaining([
          expect.objectContaining({ shopId: SHOP_A, shipping: 15_000, total: 33_000 }),
        ]),
      });
    });

    it('refuses a shipping cost that is not whole, non-negative minor units', () => {
      for (const cost of [-1, 1.5]) {
        expect(() =>
          Order.place(placement({ shops: [shop(SHOP_A, [line(10_000, 1)], 0, cost)] })),
        ).toThrow(expect.objectContaining({ code: 'ORDERING.INVALID_ORDER' }));
      }
    });

    it('copies both addresses and records order-placed with every line', () => {
      const order = Order.place(placement({ number: 'PSR-7K3M-Q9XD' }));
      expect(order.shippingAddress).toMatchObject({ city: 'Bandung', postalCode: '40111' });
      expect(order.billingAddress).toMatchObject({
        recipientName: 'PT Putri Niaga',
        line1: 'Jl. Asia Afrika 8',
        postalCode: '40112',
      });
      const [event] = order.pullEvents();
      expect(event.type).toBe('ordering.order-placed');
      expect(event.payload).toMatchObject({
        orderId: order.id,
        orderNumber: 'PSR-7K3M-Q9XD',
        buyerId: BUYER,
        currency: 'IDR',
        subtotal: 25_000,
        discount: 0,
        total: 25_000,
        promotionCode: null,
        expiresAt: minutesAfter(15).toISOString(),
      });
      const shopOrders = (event.payload as { shopOrders: { items: unknown[] }[] }).shopOrders;
      expect(shopOrders.map((s) => s.items.length)).toEqual([1, 1]);
    });

    it('refuses a number that is not an order number', () => {
      for (const number of ['', 'PSR-7K3M-Q9XU', 'ORD-7K3M-Q9XD', 'psr-7k3m-q9xd']) {
        expect(() => Order.place(placement({ number }))).toThrow(
          expect.objectContaining({ code: 'ORDERING.INVALID_ORDER' }),
        );
      }
    });

    it('writes a placed timeline entry per ShopOrder, by the buyer', () => {
      const order = Order.place(placement());
      expect(
        order
          .pullTimeline()
          .map((e) => [e.event, e.fromStatus, e.toStatus, e.actorRole, e.actorId]),
      ).toEqual([
        ['placed', null, 'pending_payment', 'buyer', BUYER],
        ['placed', null, 'pending_payment', 'buyer', BUYER],
      ]);
    });

    it.each([
      ['no shops', { shops: [] }],
      ['a shop without lines', { shops: [shop(SHOP_A, [])] }],
      ['the same shop twice', { shops: [shop(SHOP_A, [line(1, 1)]), shop(SHOP_A, [line(1, 1)])] }],
      ['a quantity of 0', { shops: [shop(SHOP_A, [line(1_000, 0)])] }],
      ['a fractional price', { shops: [shop(SHOP_A, [line(10.5, 1)])] }],
      ['a discount above the subtotal', { promotion, shops: [shop(SHOP_A, [line(100, 1)], 101)] }],
      ['a discount without a promotion', { shops: [shop(SHOP_A, [line(100, 1)], 10)] }],
      ['a past payment window', { expiresAt: t0 }],
      ['a bad currency', { currency: 'rupiah' }],
    ])('refuses %s', (_name, overrides) => {
      expect(() => Order.place(placement(overrides))).toThrow(
        expect.objectContaining({ code: 'ORDERING.INVALID_ORDER' }),
      );
    });
  });

  describe('paying', () => {
    it('marks every ShopOrder paid and records order-paid', () => {
      const order = placedOrder();
      order.markPaid('pay-1', minutesAfter(5));
      expect(order.status).toBe('paid');
      expect(order.shopOrders.getItems().map((s) => [s.status, s.paidAt])).toEqual([
        ['paid', minutesAfter(5)],
        ['paid', minutesAfter(5)],
      ]);
      expect(order.pullEvents().map((e) => [e.type, e.payload])).toEqual([
        [
          'ordering.order-paid',
          {
            orderId: order.id,
            orderNumber: order.number,
            buyerId: BUYER,
            paymentId: 'pay-1',
            total: 25_000,
            currency: 'IDR',
            shopOrderIds: order.shopOrders.getItems().map((s) => s.id),
          },
        ],
      ]);
      expect(order.pullTimeline().map((e) => [e.event, e.actorRole])).toEqual([
        ['paid', 'system'],
        ['paid', 'system'],
      ]);
    });

    it('refuses to be paid twice or once cancelled', () => {
      const paid = placedOrder();
      paid.markPaid('pay-1', minutesAfter(1));
      expect(() => paid.markPaid('pay-2', minutesAfter(2))).toThrow(
        expect.objectContaining({ details: { from: 'paid', to: 'paid' } }),
      );
      const cancelled = placedOrder();
      cancelled.expire(minutesAfter(15));
      expect(() => cancelled.markPaid('pay-1', minutesAfter(16))).toThrow(
        expect.objectContaining({ code: 'ORDERING.ILLEGAL_TRANSITION' }),
      );
    });

    it('is payable only while pending and before its payment window closes', () => {
      const order = placedOrder();
      expect(() => order.assertPayable(minutesAfter(14))).not.toThrow();
      expect(() => order.assertPayable(minutesAfter(15))).toThrow(
        expect.objectContaining({ code: 'ORDERING.ORDER_NOT_PAYABLE' }),
      );
      order.markPaid('pay-1', minutesAfter(1));
      expect(() => order.assertPayable(minutesAfter(2))).toThrow(
        expect.objectContaining({
          code: 'ORDERING.ORDER_NOT_PAYABLE',
          details: expect.objectContaining({ status: 'paid' }),
        }),
      );
    });

    it('refuses a late payment of a cancelled order, naming the refund reason', () => {
      const order = placedOrder();
      order.expire(minutesAfter(15));
      order.pullTimeline();
      expect(order.refuseLatePayment('pay-9', minutesAfter(16))).toBe('payment_after_expiry');
      expect(order.status).toBe('cancelled');
      expect(order.pullTimeline()).toEqual([
        expect.objectContaining({
          event: 'late_payment',
          shopOrderId: null,
          reason: 'payment_after_expiry',
          actorRole: 'system',
        }),
      ]);
      const paid = placedOrder();
      paid.markPaid('pay-1', minutesAfter(1));
      expect(() => paid.refuseLatePayment('pay-2', minutesAfter(2))).toThrow(
        expect.objectContaining({ code: 'ORDERING.ILLEGAL_TRANSITION' }),
      );
    });

    it('notes a failed payment without changing anything else', () => {
      const order = placedOrder();
      order.notePaymentFailed('pay-1', 'card_declined', minutesAfter(2));
      expect(order.status).toBe('pending_payment');
      expect(order.peekEvents()).toEqual([]);
      expect(order.pullTimeline()).toEqual([
        expect.objectContaining({
          event: 'payment_failed',
          fromStatus: 'pending_payment',
          toStatus: 'pending_payment',
          note: 'card_declined',
        }),
      ]);
    });
  });

  describe('expiring and cancelling', () => {
    it('expires an unpaid order once: every ShopOrder cancelled for payment_timeout', () => {
      const order = placedOrder();
      expect(order.expire(minutesAfter(15))).toBe(true);
      expect(order.status).toBe('cancelled');
      expect(order.shopOrders.getItems().map((s) => [s.status, s.cancelReason])).toEqual([
        ['cancelled', 'payment_timeout'],
        ['cancelled', 'payment_timeout'],
      ]);
      expect(order.pullEvents().map((e) => [e.type, e.payload])).toEqual([
        [
          'ordering.order-cancelled',
          {
            orderId: order.id,
            orderNumber: order.number,
            buyerId: BUYER,
            reason: 'payment_timeout',
          },
        ],
      ]);
      expect(order.pullTimeline().map((e) => [e.event, e.actorRole, e.reason])).toEqual([
        ['cancelled', 'system', 'payment_timeout'],
        ['cancelled', 'system', 'payment_timeout'],
      ]);
      expect(order.expire(minutesAfter(16))).toBe(false);
      expect(order.pullEvents()).toEqual([]);
      expect(order.pullTimeline()).toEqual([]);
    });

    it('does not expire a paid order', () => {
      const order = placedOrder();
      order.markPaid('pay-1', minutesAfter(1));
      order.pullEvents();
      expect(order.expire(minutesAfter(15))).toBe(false);
      expect(order.status).toBe('paid');
      expect(order.pullEvents()).toEqual([]);
    });

    it('lets the buyer cancel only while it awaits payment', () => {
      const order = placedOrder();
      order.cancel(buyer, minutesAfter(3));
      expect([order.status, order.cancelReason, order.cancelledAt]).toEqual([
        'cancelled',
        'buyer_cancelled',
        minutesAfter(3),
      ]);
      expect(order.pullEvents().map((e) => e.payload)).toEqual([
        {
          orderId: order.id,
          orderNumber: order.number,
          buyerId: BUYER,
          reason: 'buyer_cancelled',
        },
      ]);
      expect(() => order.cancel(buyer, minutesAfter(4))).toThrow(
        expect.objectContaining({
          code: 'ORDERING.ILLEGAL_TRANSITION',
          details: { from: 'cancelled', to: 'cancelled', reason: 'buyer_cancelled' },
        }),
      );
      const paid = placedOrder();
      paid.markPaid('pay-1', minutesAfter(1));
      expect(() => paid.cancel(buyer, minutesAfter(2))).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ from: 'paid' }) }),
      );
    });

    it('derives its status from ShopOrders moving on their own after payment', () => {
      const order = placedOrder();
      order.markPaid('pay-1', minutesAfter(1));
      const [a, b] = order.shopOrders.getItems();
      a.ship({ carrier: 'JNE', trackingNumber: 'J1' }, SYSTEM, minutesAfter(2));
      expect(order.status).toBe('paid');
      b.cancel('seller_cancelled', SYSTEM, minutesAfter(3));
      expect(order.status).toBe('shipped');
      a.deliver(SYSTEM, minutesAfter(4));
      a.complete(SYSTEM, minutesAfter(5));
      expect(order.status).toBe('completed');
    });
  });

  it('holds one reservation', () => {
    const order = placedOrder();
    order.holdStock('res-1');
    order.holdStock('res-1');
    expect(order.reservationId).toBe('res-1');
    expect(() => order.holdStock('res-2')).toThrow(
      expect.objectContaining({ code: 'ORDERING.INVALID_ORDER' }),
    );
  });
});
