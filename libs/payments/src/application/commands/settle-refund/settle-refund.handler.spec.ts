import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Payment } from '../../../domain/payment/payment.aggregate';
import { PaymentRepository } from '../../../domain/payment/payment.repository';
import { PaymentProvider, ProviderRefund } from '../../../domain/provider/payment-provider';
import {
  PaymentProviderRejectedError,
  PaymentProviderUnavailableError,
} from '../../../domain/provider/provider.errors';
import { Refund } from '../../../domain/refund/refund.aggregate';
import { RefundRepository } from '../../../domain/refund/refund.repository';
import { SettleRefundCommand } from './settle-refund.command';
import { SettleRefundHandler } from './settle-refund.handler';

const t0 = new Date('2026-01-01T00:00:00Z');

function world(
  answer: () => Promise<ProviderRefund>,
  provider: 'simulated' | 'stripe' = 'simulated',
) {
  const payment = Payment.startOrReuse(
    [],
    { orderId: randomUUID(), buyerId: randomUUID(), amount: 1000, currency: 'IDR' },
    provider,
    t0,
  );
  payment.attachIntent('pi_1', null, t0);
  payment.succeed(t0);
  const refund = Refund.request(payment, 0, { reference: 'so-1', amount: 400, reason: 'x' }, t0);
  refund.pullEvents();
  const saved: Refund[] = [];
  const refunds = {
    findById: async (id: string) => (id === refund.id ? refund : null),
    save: async (r: Refund) => void saved.push(r),
  } as unknown as RefundRepository;
  const payments = {
    findById: async (id: string) => (id === payment.id ? payment : null),
  } as unknown as PaymentRepository;
  const refundCall = jest.fn(answer);
  const gateway = { name: 'simulated', refund: refundCall } as unknown as PaymentProvider;
  const em = {
    transactional: (work: () => Promise<unknown>) => work(),
  } as unknown as EntityManager;
  const handler = new SettleRefundHandler(em, payments, refunds, gateway);
  const settle = (finalAttempt = false) =>
    handler.execute(new SettleRefundCommand(refund.id, finalAttempt));
  return { payment, refund, saved, refundCall, settle };
}

describe('SettleRefundHandler', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('asks the provider once, with the refund’s idempotency key, and records its success', async () => {
    const w = world(async () => ({ id: 're_1', status: 'succeeded', failureReason: null }));
    await w.settle();
    expect(w.refundCall).toHaveBeenCalledWith({
      providerIntentId: 'pi_1',
      amount: 400,
      metadata: { refundId: w.refund.id, paymentId: w.payment.id, orderId: w.payment.orderId },
      idempotencyKey: `pasar-refund-${w.refund.id}`,
    });
    expect(w.refund).toMatchObject({ status: 'succeeded', providerRefundId: 're_1' });
    expect(w.saved).toEqual([w.refund]);
    expect(w.refund.peekEvents().map((e) => e.type)).toEqual(['payments.refund-succeeded']);
  });

  it('keeps a refund the provider reports pending waiting for its webhook', async () => {
    const w = world(async () => ({ id: 're_2', status: 'pending', failureReason: null }));
    await w.settle();
    expect(w.refund).toMatchObject({ status: 'pending', providerRefundId: 're_2' });
    expect(w.refund.peekEvents()).toEqual([]);
    await w.settle();
    expect(w.refundCall).toHaveBeenCalledTimes(1);
  });

  it('fails the job on an outage so BullMQ retries it, changing nothing', async () => {
    const w = world(async () => {
      throw new PaymentProviderUnavailableError('timeout');
    });
    await expect(w.settle(false)).rejects.toThrow(PaymentProviderUnavailableError);
    expect(w.refund.status).toBe('pending');
    expect(w.saved).toEqual([]);
  });

  it('marks the refund failed when the last attempt meets an outage too', async () => {
    const w = world(async () => {
      throw new PaymentProviderUnavailableError('timeout');
    });
    await w.settle(true);
    expect(w.refund.status).toBe('failed');
    expect(w.refund.failureReason).toMatch(/unavailable/);
    expect(w.refund.peekEvents().map((e) => e.type)).toEqual(['payments.refund-failed']);
  });

  it('marks the refund failed at once when the provider refuses it', async () => {
    const w = world(async () => {
      throw new PaymentProviderRejectedError('charge already refunded');
    });
    await w.settle(false);
    expect(w.refund.status).toBe('failed');
    expect(w.refund.failureReason).toMatch(/charge already refunded/);
  });

  it('does not call a provider other than the one that took the payment', async () => {
    const w = world(
      async () => ({ id: 're_3', status: 'succeeded', failureReason: null }),
      'stripe',
    );
    await w.settle(false);
    expect(w.refundCall).not.toHaveBeenCalled();
    expect(w.refund.status).toBe('failed');
  });

  it('leaves a refund that was settled meanwhile alone', async () => {
    const w = world(async () => ({ id: 're_4', status: 'succeeded', failureReason: null }));
    w.refund.succeed('re_0', t0);
    await w.settle();
    expect(w.refundCall).not.toHaveBeenCalled();
  });
});
