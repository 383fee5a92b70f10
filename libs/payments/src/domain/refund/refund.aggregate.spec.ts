import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { Payment } from '../payment/payment.aggregate';
import { requestRefund } from './refund-policy';
import { Refund } from './refund.aggregate';
import {
  InvalidRefundError,
  OrderNotPaidError,
  RefundExceedsPaymentError,
  RefundReferenceConflictError,
} from './refund.errors';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('Refund', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([Payment, Refund]);
  });
  afterAll(() => orm.close());

  const orderId = randomUUID();
  const paidPayment = (amount = 100_000) => {
    const payment = Payment.startOrReuse(
      [],
      { orderId, buyerId: randomUUID(), amount, currency: 'IDR' },
      'simulated',
      t0,
    );
    payment.attachIntent(`sim_pi_${randomUUID()}`, null, t0);
    payment.succeed(t0);
    return payment;
  };
  const ask = (amount: number, reference = 'shop-order-1') => ({
    reference,
    amount,
    reason: 'seller cancelled',
  });

  it('is requested pending for a succeeded payment, announcing the internal refund-requested', () => {
    const payment = paidPayment();
    const refund = Refund.request(payment, 0, { ...ask(40_000), reference: ' so-1 ' }, t0);
    expect(refund).toMatchObject({
      paymentId: payment.id,
      orderId,
      reference: 'so-1',
      amount: 40_000,
      currency: 'IDR',
      status: 'pending',
      providerRefundId: null,
      awaitsProviderCall: true,
    });
    expect(refund.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      ['payments.refund-requested', { refundId: refund.id, paymentId: payment.id, orderId }],
    ]);
  });

  it('never lets refunds add up to more than the payment', () => {
    const payment = paidPayment(100_000);
    expect(Refund.request(payment, 60_000, ask(40_000), t0).amount).toBe(40_000);
    expect(() => Refund.request(payment, 60_000, ask(40_001), t0)).toThrow(
      new RefundExceedsPaymentError(40_001, 40_000),
    );
    expect(() => Refund.request(payment, 100_000, ask(1), t0)).toThrow(RefundExceedsPaymentError);
  });

  it('refuses a payment that did not succeed', () => {
    const open = Payment.startOrReuse(
      [],
      { orderId, buyerId: randomUUID(), amount: 5, currency: 'IDR' },
      'simulated',
      t0,
    );
    expect(() => Refund.request(open, 0, ask(1), t0)).toThrow(OrderNotPaidError);
  });

  it.each([
    ['a zero amount', ask(0)],
    ['a fractional amount', ask(1.5)],
    ['a blank reference', ask(1, '  ')],
    ['a reference over 120 characters', ask(1, 'x'.repeat(121))],
    ['a blank reason', { ...ask(1), reason: '' }],
  ])('refuses %s', (_label, request) => {
    expect(() => Refund.request(paidPayment(), 0, request, t0)).toThrow(InvalidRefundError);
  });

  it('treats the same reference and amount as a repeat, another amount as a conflict', () => {
    const refund = Refund.request(paidPayment(), 0, ask(10), t0);
    expect(() => refund.assertRepeats({ amount: 10 })).not.toThrow();
    expect(() => refund.assertRepeats({ amount: 11 })).toThrow(RefundReferenceConflictError);
  });

  it('succeeds once with the provider’s refund id, announcing payments.refund-succeeded', () => {
    const payment = paidPayment();
    const refund = Refund.request(payment, 0, ask(25_000), t0);
    refund.pullEvents();
    expect(
      refund.applyProviderAnswer(
        { id: 're_1', status: 'succeeded', failureReason: null },
        later(1),
      ),
    ).toBe(true);
    expect(refund.succeed('re_1', later(2))).toBe(false);
    expect(refund).toMatchObject({
      status: 'succeeded',
      providerRefundId: 're_1',
      awaitsProviderCall: false,
    });
    expect(refund.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'payments.refund-succeeded',
        {
          refundId: refund.id,
          paymentId: payment.id,
          orderId,
          reference: 'shop-order-1',
          amount: 25_000,
          currency: 'IDR',
          reason: 'seller cancelled',
          failureReason: null,
        },
      ],
    ]);
  });

  it('waits for the provider’s webhook when the provider answers pending', () => {
    const refund = Refund.request(paidPayment(), 0, ask(1), t0);
    refund.pullEvents();
    expect(
      refund.applyProviderAnswer({ id: 're_2', status: 'pending', failureReason: null }, later(1)),
    ).toBe(true);
    expect(refund).toMatchObject({
      status: 'pending',
      providerRefundId: 're_2',
      awaitsProviderCall: false,
    });
    expect(refund.peekEvents()).toEqual([]);
    expect(refund.succeed(null, later(2))).toBe(true);
    expect(refund.providerRefundId).toBe('re_2');
  });

  it('fails with a reason, announcing payments.refund-failed; a late success still counts', () => {
    const refund = Refund.request(paidPayment(), 0, ask(1), t0);
    refund.pullEvents();
    expect(refund.fail('  provider down ', null, later(1))).toBe(true);
    expect(refund.fail('again', null, later(2))).toBe(false);
    expect(refund.failureReason).toBe('provider down');
    expect(refund.succeed('re_3', later(3))).toBe(true);
    expect(
      refund
        .peekEvents()
        .map((e) => [e.type, (e.payload as { failureReason: string | null }).failureReason]),
    ).toEqual([
      ['payments.refund-failed', 'provider down'],
      ['payments.refund-succeeded', null],
    ]);
  });

  it('ignores a failure reported after the refund succeeded', () => {
    const refund = Refund.request(paidPayment(), 0, ask(1), t0);
    refund.succeed('re_4', later(1));
    expect(
      refund.applyProviderAnswer({ id: 're_4', status: 'failed', failureReason: 'x' }, later(2)),
    ).toBe(false);
    expect(refund.status).toBe('succeeded');
  });

  describe('choosing the payment of an order', () => {
    it('refuses an order without a succeeded payment', () => {
      expect(() => requestRefund(orderId, [], new Map(), ask(1), t0)).toThrow(OrderNotPaidError);
    });

    it('takes the newest payment that can still cover the amount', () => {
      const newest = paidPayment(50);
      const older = paidPayment(100);
      const refunded = new Map([[newest.id, 40]]);
      expect(requestRefund(orderId, [newest, older], refunded, ask(30), t0).paymentId).toBe(
        older.id,
      );
      expect(requestRefund(orderId, [newest, older], refunded, ask(10), t0).paymentId).toBe(
        newest.id,
      );
    });

    it('names the most any one payment could give back when none can cover it', () => {
      const newest = paidPayment(50);
      const older = paidPayment(100);
      expect(() =>
        requestRefund(orderId, [newest, older], new Map([[older.id, 30]]), ask(80), t0),
      ).toThrow(new RefundExceedsPaymentError(80, 70));
    });
  });
});
