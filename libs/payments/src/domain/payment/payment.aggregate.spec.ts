import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { Payment, PaymentRequest } from './payment.aggregate';
import { IntentMismatchError, InvalidPaymentError, OrderAlreadyPaidError } from './payment.errors';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe('Payment', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([Payment]);
  });
  afterAll(() => orm.close());

  const request = (overrides: Partial<PaymentRequest> = {}): PaymentRequest => ({
    orderId: randomUUID(),
    buyerId: randomUUID(),
    amount: 150_000,
    currency: 'IDR',
    ...overrides,
  });
  const start = (r = request(), existing: Payment[] = []) =>
    Payment.startOrReuse(existing, r, 'simulated', t0);

  it('starts requiring payment, without an intent, recording nothing yet', () => {
    const r = request();
    const payment = start(r);
    expect(payment).toMatchObject({
      orderId: r.orderId,
      buyerId: r.buyerId,
      provider: 'simulated',
      amount: 150_000,
      currency: 'IDR',
      status: 'requires_payment',
      providerIntentId: null,
      failureReason: null,
    });
    expect(payment.peekEvents()).toEqual([]);
  });

  it('reuses the open payment of the same order and amount instead of opening a second', () => {
    const r = request();
    const open = start(r);
    expect(start(r, [open])).toBe(open);
  });

  it('opens a new payment for another amount, another currency, or after a failure', () => {
    const r = request();
    const open = start(r);
    expect(start({ ...r, amount: 99 }, [open])).not.toBe(open);
    expect(start({ ...r, currency: 'USD' }, [open])).not.toBe(open);
    open.fail('declined', t0);
    const retry = start(r, [open]);
    expect(retry).not.toBe(open);
    expect(retry.status).toBe('requires_payment');
  });

  it('refuses an order that already has a succeeded payment', () => {
    const r = request();
    const paid = start(r);
    paid.succeed(t0);
    expect(() => start(r, [paid])).toThrow(OrderAlreadyPaidError);
  });

  it.each([
    ['a non-UUID order', { orderId: 'order-1' }],
    ['a non-UUID buyer', { buyerId: '' }],
    ['a zero amount', { amount: 0 }],
    ['a fractional amount', { amount: 10.5 }],
    ['a lower-case currency', { currency: 'idr' }],
  ])('refuses %s', (_label, overrides) => {
    expect(() => start(request(overrides))).toThrow(InvalidPaymentError);
  });

  it('attaches its provider intent once; the same intent again is a no-op, another is refused', () => {
    const payment = start();
    payment.attachIntent('pi_1', 'secret_1', later(1));
    payment.attachIntent('pi_1', null, later(2));
    expect(payment.providerIntentId).toBe('pi_1');
    expect(payment.clientSecret).toBe('secret_1');
    expect(payment.updatedAt).toEqual(later(1));
    expect(() => payment.attachIntent('pi_2', null, later(3))).toThrow(IntentMismatchError);
  });

  it('succeeds once, announcing payments.payment-succeeded; a repeat changes nothing', () => {
    const payment = start();
    expect(payment.succeed(later(5))).toBe(true);
    expect(payment.succeed(later(6))).toBe(false);
    expect(payment.status).toBe('succeeded');
    expect(payment.updatedAt).toEqual(later(5));
    expect(payment.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'payments.payment-succeeded',
        {
          paymentId: payment.id,
          orderId: payment.orderId,
          buyerId: payment.buyerId,
          provider: 'simulated',
          amount: 150_000,
          currency: 'IDR',
          failureReason: null,
        },
      ],
    ]);
  });

  it('fails with the provider’s reason, announcing payments.payment-failed once', () => {
    const payment = start();
    expect(payment.fail('  Insufficient funds ', later(1))).toBe(true);
    expect(payment.fail('again', later(2))).toBe(false);
    expect(payment.status).toBe('failed');
    expect(payment.failureReason).toBe('Insufficient funds');
    expect(
      payment
        .peekEvents()
        .map((e) => [e.type, (e.payload as { failureReason: string | null }).failureReason]),
    ).toEqual([['payments.payment-failed', 'Insufficient funds']]);
  });

  it('ignores a decline reported after the money arrived', () => {
    const payment = start();
    payment.succeed(later(1));
    expect(payment.fail('late decline', later(2))).toBe(false);
    expect(payment.status).toBe('succeeded');
    expect(payment.failureReason).toBeNull();
    expect(payment.peekEvents()).toHaveLength(1);
  });

  it('takes a success after a decline: the provider’s word on money wins', () => {
    const payment = start();
    payment.fail(null, later(1));
    expect(payment.failureReason).toBe('The payment was declined');
    expect(payment.succeed(later(2))).toBe(true);
    expect(payment.status).toBe('succeeded');
    expect(payment.failureReason).toBeNull();
    expect(payment.peekEvents().map((e) => e.type)).toEqual([
      'payments.payment-failed',
      'payments.payment-succeeded',
    ]);
  });

  it('keeps how the buyer paid: a method, and for cards only the brand and four digits', () => {
    const payment = start();
    payment.notePaymentMethod({ method: 'card', cardBrand: 'Visa', cardLast4: '4242' }, later(1));
    expect([payment.method, payment.cardBrand, payment.cardLast4]).toEqual([
      'card',
      'visa',
      '4242',
    ]);
    expect(payment.updatedAt).toEqual(later(1));

    payment.notePaymentMethod({ method: 'card', cardBrand: 'visa', cardLast4: '424242' }, later(2));
    expect([payment.cardBrand, payment.cardLast4]).toEqual(['visa', null]);
    payment.notePaymentMethod(
      { method: 'ewallet', cardBrand: 'visa', cardLast4: '4242' },
      later(3),
    );
    expect([payment.method, payment.cardBrand, payment.cardLast4]).toEqual(['ewallet', null, null]);
    payment.notePaymentMethod(
      { method: 'no such <method>', cardBrand: null, cardLast4: null },
      later(4),
    );
    expect([payment.method, payment.updatedAt]).toEqual(['ewallet', later(3)]);
    expect(payment.pullEvents()).toEqual([]);
  });

  describe('disputes', () => {
    const paid = () => {
      const payment = start();
      payment.succeed(later(1));
      payment.pullEvents();
      return payment;
    };
    const dispute = (status: string | null = 'needs_response') => ({
      id: 'dp_1',
      reason: 'fraudulent',
      status,
    });

    it('opens once on a paid payment, announcing payments.dispute-opened with the order', () => {
      const payment = paid();
      expect(payment.openDispute(dispute(), later(10))).toBe(true);
      expect(payment.openDispute(dispute(), later(11))).toBe(false);
      expect(payment.disputeStatus).toBe('open');
      expect(payment.pullEvents().map((e) => [e.type, e.payload])).toEqual([
        [
          'payments.dispute-opened',
          {
            paymentId: payment.id,
            orderId: payment.orderId,
            buyerId: payment.buyerId,
            provider: 'simulated',
            disputeId: 'dp_1',
            reason: 'fraudulent',
            status: 'open',
          },
        ],
      ]);
    });

    it('ignores a dispute of a payment that never succeeded', () => {
      const payment = start();
      expect(payment.openDispute(dispute(), later(10))).toBe(false);
      expect(payment.closeDispute(dispute('won'), later(11))).toBe(false);
      expect(payment.pullEvents()).toEqual([]);
    });

    it('closes once with the provider’s final status; a late opening changes nothing', () => {
      const payment = paid();
      payment.openDispute(dispute(), later(10));
      expect(payment.closeDispute(dispute('lost'), later(20))).toBe(true);
      expect(payment.closeDispute(dispute('lost'), later(21))).toBe(false);
      expect(payment.openDispute(dispute(), later(22))).toBe(false);
      expect(payment.disputeStatus).toBe('lost');
      expect(payment.pullEvents().map((e) => [e.type, e.payload])).toEqual([
        ['payments.dispute-opened', expect.objectContaining({ status: 'open' })],
        ['payments.dispute-closed', expect.objectContaining({ disputeId: 'dp_1', status: 'lost' })],
      ]);
    });

    it('records a closing that arrived before its opening, and ignores other disputes meanwhile', () => {
      const payment = paid();
      expect(payment.closeDispute(dispute('won'), later(10))).toBe(true);
      expect(payment.openDispute(dispute(), later(11))).toBe(false);
      expect(payment.closeDispute({ ...dispute('won'), id: 'dp_other' }, later(12))).toBe(false);
      expect(payment.pullEvents().map((e) => e.type)).toEqual(['payments.dispute-closed']);
    });
  });
});
