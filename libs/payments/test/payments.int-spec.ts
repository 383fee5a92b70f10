import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  CreatePaymentIntentCommand,
  GetOrderPaymentsQuery,
  OrderPaymentView,
  PaymentIntentView,
  PaymentsModule,
  ReceiveWebhookCommand,
  RequestRefundCommand,
} from '@pasar/payments';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { SettleRefundCommand } from '../src/application/commands/settle-refund/settle-refund.command';
import { WebhookReceipt } from '../src/application/commands/receive-webhook/webhook-receipt.view';
import { SimulatedPaymentProvider } from '../src/infrastructure/providers/simulated/simulated-payment.provider';

describe('payments against Postgres', () => {
  let ctx: IntegrationContext;
  let simulated: SimulatedPaymentProvider;

  beforeAll(async () => {
    Logger.overrideLogger(false);
    ctx = await startIntegrationContext({ imports: [PaymentsModule] });
    simulated = ctx.module.get(SimulatedPaymentProvider);
  });
  afterAll(() => ctx.close());

  const createIntent = (orderId: string, buyerId: string, amount = 100_000) =>
    ctx.run<PaymentIntentView>(new CreatePaymentIntentCommand(orderId, buyerId, amount, 'IDR'));
  const deliver = (body: string, signature: string | undefined) =>
    ctx.run<WebhookReceipt>(new ReceiveWebhookCommand('simulated', Buffer.from(body), signature));
  const rows = <T extends object>(sql: string, params: unknown[] = []) =>
    ctx.sql.execute<T[]>(sql, params);
  const outbox = (type: string, aggregateId: string) =>
    rows<{ payload: Record<string, unknown> }>(
      'select payload from shared.outbox where type = ? and aggregate_id = ? order by position',
      [type, aggregateId],
    );
  const paymentsOf = (orderId: string) =>
    ctx.ask<OrderPaymentView[]>(new GetOrderPaymentsQuery(orderId));

  async function paidOrder(amount = 100_000) {
    const orderId = randomUUID();
    const intent = await createIntent(orderId, randomUUID(), amount);
    const webhook = await simulated.settle(intent.providerIntentId, 'succeeded', null);
    await deliver(webhook.body, webhook.signature);
    return { orderId, intent };
  }

  describe('payment intents', () => {
    it('opens a simulated intent once per order and amount, even when asked concurrently', async () => {
      const orderId = randomUUID();
      const buyerId = randomUUID();
      const views = await Promise.all(
        Array.from({ length: 8 }, () => createIntent(orderId, buyerId)),
      );
      expect(new Set(views.map((v) => v.paymentId)).size).toBe(1);
      expect(new Set(views.map((v) => v.providerIntentId)).size).toBe(1);
      expect(views[0]).toMatchObject({
        orderId,
        provider: 'simulated',
        status: 'requires_payment',
        amount: 100_000,
        currency: 'IDR',
        clientSecret: null,
        simulated: {
          succeedUrl: `${ctx.config.publicUrl}/payments/simulated/intents/${views[0].providerIntentId}/succeed`,
          failUrl: `${ctx.config.publicUrl}/payments/simulated/intents/${views[0].providerIntentId}/fail`,
        },
      });
      expect(views[0].providerIntentId).toMatch(/^sim_pi_[0-9a-f]{24}$/);
      const [intents] = await rows<{ count: string }>(
        `select count(*) from payments.simulated_intents where metadata->>'orderId' = ?`,
        [orderId],
      );
      expect(Number(intents.count)).toBe(1);

      const again = await createIntent(orderId, buyerId);
      expect(again.paymentId).toBe(views[0].paymentId);
      const other = await createIntent(orderId, buyerId, 90_000);
      expect(other.paymentId).not.toBe(views[0].paymentId);
      expect((await paymentsOf(orderId)).map((p) => p.amount)).toEqual([90_000, 100_000]);
    });

    it('opens a new payment after a declined one, and none once the order is paid', async () => {
      const orderId = randomUUID();
      const buyerId = randomUUID();
      const first = await createIntent(orderId, buyerId);
      const declined = await simulated.settle(first.providerIntentId, 'failed', 'Do not honour');
      await deliver(declined.body, declined.signature);
      const second = await createIntent(orderId, buyerId);
      expect(second.paymentId).not.toBe(first.paymentId);
      expect(await paymentsOf(orderId)).toMatchObject([
        { id: second.paymentId, status: 'requires_payment' },
        { id: first.paymentId, status: 'failed', failureReason: 'Do not honour' },
      ]);

      const paid = await simulated.settle(second.providerIntentId, 'succeeded', null);
      await deliver(paid.body, paid.signature);
      await expect(createIntent(orderId, buyerId)).rejects.toMatchObject({
        code: 'PAYMENTS.ORDER_ALREADY_PAID',
      });
    });

    it('refuses an invalid request before touching the database', async () => {
      await expect(
        ctx.run(new CreatePaymentIntentCommand('not-a-uuid', randomUUID(), 1, 'IDR')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.INVALID_PAYMENT', kind: 'invalid' });
      await expect(
        ctx.run(new CreatePaymentIntentCommand(randomUUID(), randomUUID(), -5, 'IDR')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.INVALID_PAYMENT' });
    });
  });

  describe('webhooks', () => {
    it('applies an event once when it is delivered many times at once', async () => {
      const orderId = randomUUID();
      const intent = await createIntent(orderId, randomUUID());
      const webhook = await simulated.settle(intent.providerIntentId, 'succeeded', null);
      const receipts = await Promise.all(
        Array.from({ length: 6 }, () => deliver(webhook.body, webhook.signature)),
      );
      expect(receipts.filter((r) => !r.duplicate)).toHaveLength(1);
      expect(receipts.every((r) => r.eventId === webhook.eventId && r.received)).toBe(true);
      expect((await paymentsOf(orderId))[0].status).toBe('succeeded');
      expect(await outbox('payments.payment-succeeded', intent.paymentId)).toEqual([
        {
          payload: {
            paymentId: intent.paymentId,
            orderId,
            buyerId: expect.any(String),
            provider: 'simulated',
            amount: 100_000,
            currency: 'IDR',
            failureReason: null,
          },
        },
      ]);
      const events = await rows('select * from payments.webhook_events where event_id = ?', [
        webhook.eventId,
      ]);
      expect(events).toHaveLength(1);
    });

    it('changes nothing for a forged or stale delivery', async () => {
      const orderId = randomUUID();
      const intent = await createIntent(orderId, randomUUID());
      const webhook = await simulated.settle(intent.providerIntentId, 'succeeded', null);
      const forged = webhook.signature.replace(/v1=./, (m) => (m.endsWith('0') ? 'v1=1' : 'v1=0'));
      const stale = webhook.signature.replace(/t=\d+/, `t=${Math.floor(Date.now() / 1000) - 600}`);
      for (const signature of [forged, stale, undefined]) {
        await expect(deliver(webhook.body, signature)).rejects.toMatchObject({
          code: 'PAYMENTS.INVALID_SIGNATURE',
          kind: 'invalid',
        });
      }
      await expect(
        deliver(webhook.body.replace('100000', '1'), webhook.signature),
      ).rejects.toMatchObject({
        code: 'PAYMENTS.INVALID_SIGNATURE',
      });
      expect((await paymentsOf(orderId))[0].status).toBe('requires_payment');
      expect(
        await rows('select 1 from payments.webhook_events where event_id = ?', [webhook.eventId]),
      ).toEqual([]);
    });

    it('refuses the webhook route of a provider that is not configured', async () => {
      await expect(
        ctx.run(new ReceiveWebhookCommand('stripe', Buffer.from('{}'), 't=1,v1=00')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.PROVIDER_NOT_FOUND', kind: 'not_found' });
    });
  });

  describe('refunds', () => {
    it('records a refund once per reference, inside the caller’s transaction', async () => {
      const { orderId, intent } = await paidOrder();
      const request = new RequestRefundCommand(orderId, 'shop-order-1', 30_000, 'seller cancelled');
      await ctx.run(request);
      await ctx.run(request);
      await expect(
        ctx.run(new RequestRefundCommand(orderId, 'shop-order-1', 31_000, 'x')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.REFUND_REFERENCE_CONFLICT' });

      const [payment] = await paymentsOf(orderId);
      expect(payment.refunds).toMatchObject([
        {
          reference: 'shop-order-1',
          amount: 30_000,
          status: 'pending',
          reason: 'seller cancelled',
        },
      ]);
      const requested = await rows<{ payload: { refundId: string } }>(
        `select payload from shared.outbox where type = 'payments.refund-requested' and payload->>'orderId' = ?`,
        [orderId],
      );
      expect(requested.map((r) => r.payload.refundId)).toEqual([payment.refunds[0].id]);
      expect(payment.id).toBe(intent.paymentId);

      // The caller's transaction decides: rolled back, the refund was never requested.
      await expect(
        (ctx.orm.em.fork() as EntityManager).transactional(async () => {
          await ctx.module
            .get(CommandBus)
            .execute(new RequestRefundCommand(orderId, 'shop-order-2', 10_000, 'x'));
          throw new Error('the caller failed');
        }),
      ).rejects.toThrow('the caller failed');
      expect((await paymentsOf(orderId))[0].refunds).toHaveLength(1);
    });

    it('never refunds more than was paid, under concurrent requests', async () => {
      const { orderId } = await paidOrder(100_000);
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, i) =>
          ctx.run(new RequestRefundCommand(orderId, `so-${i}`, 30_000, 'cancelled')),
        ),
      );
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(refused.map((r) => r.reason.code)).toEqual(
        refused.map(() => 'PAYMENTS.REFUND_EXCEEDS_PAYMENT'),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
      const [payment] = await paymentsOf(orderId);
      expect(payment.refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(90_000);
    });

    it('refuses an order without a succeeded payment', async () => {
      const orderId = randomUUID();
      await createIntent(orderId, randomUUID());
      await expect(
        ctx.run(new RequestRefundCommand(orderId, 'late', 1, 'x')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.ORDER_NOT_PAID', kind: 'conflict' });
    });

    it('gives the money back through the simulated provider, once', async () => {
      const { orderId, intent } = await paidOrder(50_000);
      await ctx.run(new RequestRefundCommand(orderId, orderId, 50_000, 'paid after expiry'));
      const [{ id: refundId }] = (await paymentsOf(orderId))[0].refunds;
      await ctx.run(new SettleRefundCommand(refundId, false));
      await ctx.run(new SettleRefundCommand(refundId, false));

      expect((await paymentsOf(orderId))[0].refunds).toMatchObject([
        { id: refundId, status: 'succeeded', failureReason: null },
      ]);
      const providerRefunds = await rows<{ amount: string }>(
        'select amount from payments.simulated_refunds where intent_id = ?',
        [intent.providerIntentId],
      );
      expect(providerRefunds.map((r) => Number(r.amount))).toEqual([50_000]);
      expect(await outbox('payments.refund-succeeded', refundId)).toEqual([
        {
          payload: {
            refundId,
            paymentId: intent.paymentId,
            orderId,
            reference: orderId,
            amount: 50_000,
            currency: 'IDR',
            reason: 'paid after expiry',
            failureReason: null,
          },
        },
      ]);
    });
  });
});
