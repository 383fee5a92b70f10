import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import {
  CreatePaymentIntentCommand,
  PaymentIntentView,
  RequestRefundCommand,
} from '@pasar/payments';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import {
  intentEvent,
  nowSeconds,
  outboxPayloads,
  paymentsOf,
  simulatedSignature,
} from './payments-fixtures';

describe('payments with the simulated provider (HTTP)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let buyer: TestUser;
  let otherBuyer: TestUser;
  let seller: TestUser;
  let admin: TestUser;
  let secret: string;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    [buyer, otherBuyer, seller, admin] = await Promise.all([
      signUp(api, 'buyer'),
      signUp(api, 'buyer'),
      signUp(api, 'seller'),
      signUp(api, 'admin'),
    ]);
    secret = api.config.payments.simulatedWebhookSecret;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  /** An intent for a made-up order, as the ordering context asks for it. */
  const openIntent = (owner: TestUser = buyer, amount = 150_000) =>
    api.command<PaymentIntentView>(
      new CreatePaymentIntentCommand(randomUUID(), owner.id, amount, 'IDR'),
    );
  const path = (url: string) => new URL(url).pathname;
  const postWebhook = (body: string, signature?: string) => {
    const req = api
      .http()
      .post('/payments/webhooks/simulated')
      .set('content-type', 'application/json');
    if (signature !== undefined) req.set('pasar-signature', signature);
    return req.send(body);
  };

  describe('the simulated routes', () => {
    it('pays an intent: the provider’s signed webhook goes through Pasar’s HTTP pipeline', async () => {
      const intent = await openIntent();
      expect(intent.simulated).toBeDefined();
      const res = await api
        .http()
        .post(path(intent.simulated!.succeedUrl))
        .set(buyer.auth)
        .expect(200);
      expect(res.body).toEqual({
        intentId: intent.providerIntentId,
        eventId: expect.stringMatching(/^evt_sim_/),
        webhookStatus: 200,
        paymentId: intent.paymentId,
        paymentStatus: 'succeeded',
        failureReason: null,
      });
      const [event] = await outboxPayloads(api, 'payments.payment-succeeded', intent.paymentId);
      expect(event).toEqual({
        paymentId: intent.paymentId,
        orderId: intent.orderId,
        buyerId: buyer.id,
        provider: 'simulated',
        amount: 150_000,
        currency: 'IDR',
        failureReason: null,
      });

      // Paying again redelivers the same event: acknowledged, applied once.
      const again = await api
        .http()
        .post(path(intent.simulated!.succeedUrl))
        .set(buyer.auth)
        .expect(200);
      expect(again.body).toMatchObject({
        eventId: res.body.eventId,
        webhookStatus: 200,
        paymentStatus: 'succeeded',
      });
      expect(
        await outboxPayloads(api, 'payments.payment-succeeded', intent.paymentId),
      ).toHaveLength(1);

      const declineAfterPaid = await api
        .http()
        .post(path(intent.simulated!.failUrl))
        .set(buyer.auth)
        .expect(409);
      expect(declineAfterPaid.body.code).toBe('PAYMENTS.SIMULATED_INTENT_SETTLED');
    });

    it('declines an intent with the given reason; the buyer can pay with a new one', async () => {
      const intent = await openIntent();
      const res = await api
        .http()
        .post(path(intent.simulated!.failUrl))
        .set(buyer.auth)
        .send({ reason: 'Insufficient funds' })
        .expect(200);
      expect(res.body).toMatchObject({
        paymentStatus: 'failed',
        failureReason: 'Insufficient funds',
      });
      expect(await outboxPayloads(api, 'payments.payment-failed', intent.paymentId)).toEqual([
        expect.objectContaining({
          paymentId: intent.paymentId,
          failureReason: 'Insufficient funds',
        }),
      ]);
      const retry = await api.command<PaymentIntentView>(
        new CreatePaymentIntentCommand(intent.orderId, buyer.id, 150_000, 'IDR'),
      );
      expect(retry.paymentId).not.toBe(intent.paymentId);
      expect((await paymentsOf(api, intent.orderId)).map((p) => p.status)).toEqual([
        'requires_payment',
        'failed',
      ]);
    });

    it('hides another user’s payment (404) and lets an admin settle it', async () => {
      const intent = await openIntent();
      for (const user of [otherBuyer, seller]) {
        const res = await api
          .http()
          .post(path(intent.simulated!.succeedUrl))
          .set(user.auth)
          .expect(404);
        expect(res.body.code).toBe('PAYMENTS.INTENT_NOT_FOUND');
        await api.http().post(path(intent.simulated!.failUrl)).set(user.auth).expect(404);
      }
      expect((await paymentsOf(api, intent.orderId))[0].status).toBe('requires_payment');
      await api.http().post(path(intent.simulated!.succeedUrl)).expect(401);
      const res = await api
        .http()
        .post(path(intent.simulated!.succeedUrl))
        .set(admin.auth)
        .expect(200);
      expect(res.body.paymentStatus).toBe('succeeded');
    });

    it('answers bad input with a 4xx and a stable code', async () => {
      const intent = await openIntent();
      const unknown = await api
        .http()
        .post('/payments/simulated/intents/sim_pi_000000000000000000000000/succeed')
        .set(buyer.auth)
        .expect(404);
      expect(unknown.body.code).toBe('PAYMENTS.INTENT_NOT_FOUND');
      const malformed = await api
        .http()
        .post('/payments/simulated/intents/not-an-id!/succeed')
        .set(buyer.auth)
        .expect(400);
      expect(malformed.body.code).toBe('REQUEST.VALIDATION_FAILED');
      for (const body of [{ reason: 42 }, { reason: '' }, { reason: 'x', amount: 1 }]) {
        const res = await api
          .http()
          .post(path(intent.simulated!.failUrl))
          .set(buyer.auth)
          .send(body)
          .expect(400);
        expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
      expect((await paymentsOf(api, intent.orderId))[0].status).toBe('requires_payment');
    });
  });

  describe('the webhook route', () => {
    const event = (intent: PaymentIntentView, eventId = `evt_${randomUUID()}`) =>
      intentEvent(eventId, 'payment_intent.succeeded', {
        id: intent.providerIntentId,
        amount: intent.amount,
        orderId: intent.orderId,
        paymentId: intent.paymentId,
      });

    it('applies a signed event, and a replay of it once', async () => {
      const intent = await openIntent();
      const body = event(intent);
      const first = await postWebhook(body, simulatedSignature(secret, body)).expect(200);
      expect(first.body).toMatchObject({
        received: true,
        type: 'payment.succeeded',
        duplicate: false,
      });
      const replay = await postWebhook(body, simulatedSignature(secret, body)).expect(200);
      expect(replay.body).toMatchObject({ eventId: first.body.eventId, duplicate: true });
      expect((await paymentsOf(api, intent.orderId))[0].status).toBe('succeeded');
      expect(
        await outboxPayloads(api, 'payments.payment-succeeded', intent.paymentId),
      ).toHaveLength(1);
    });

    it('refuses bad, stale, future and missing signatures with 400, changing nothing', async () => {
      const intent = await openIntent();
      const body = event(intent);
      const attempts = [
        simulatedSignature('another-secret-of-at-least-32-characters', body),
        // 10 s past the 300 s tolerance: a second that ticks between signing and checking
        // must not bring the future timestamp back inside it.
        simulatedSignature(secret, body, nowSeconds() - 310),
        simulatedSignature(secret, body, nowSeconds() + 310),
        'garbage',
        undefined,
      ];
      for (const signature of attempts) {
        const res = await postWebhook(body, signature).expect(400);
        expect(res.body.code).toBe('PAYMENTS.INVALID_SIGNATURE');
      }
      const tampered = await postWebhook(
        body.replace(String(intent.amount), '1'),
        simulatedSignature(secret, body),
      ).expect(400);
      expect(tampered.body.code).toBe('PAYMENTS.INVALID_SIGNATURE');
      expect((await paymentsOf(api, intent.orderId))[0].status).toBe('requires_payment');
      expect(await outboxPayloads(api, 'payments.payment-succeeded', intent.paymentId)).toEqual([]);
    });

    it('answers other providers and malformed bodies with 4xx, never 500', async () => {
      const body = JSON.stringify({
        id: 'evt_x',
        type: 'payment_intent.succeeded',
        data: { object: {} },
      });
      const stripe = await api
        .http()
        .post('/payments/webhooks/stripe')
        .set('content-type', 'application/json')
        .set('stripe-signature', 't=1,v1=00')
        .send(body)
        .expect(404);
      expect(stripe.body.code).toBe('PAYMENTS.PROVIDER_NOT_FOUND');
      await api.http().post('/payments/webhooks/paypal').send({}).expect(404);
      const notJson = await postWebhook(
        '{not json',
        simulatedSignature(secret, '{not json'),
      ).expect(400);
      expect(notJson.body.statusCode).toBe(400);
      const signedNonsense = JSON.stringify({ hello: 'world' });
      const res = await postWebhook(
        signedNonsense,
        simulatedSignature(secret, signedNonsense),
      ).expect(400);
      expect(res.body.code).toBe('PAYMENTS.INVALID_WEBHOOK_EVENT');
    });

    it('acknowledges an event about an intent Pasar does not know, applying nothing', async () => {
      const paymentId = randomUUID();
      const body = intentEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', {
        id: 'sim_pi_unknown',
        amount: 1,
        orderId: randomUUID(),
        paymentId,
      });
      const res = await postWebhook(body, simulatedSignature(secret, body)).expect(200);
      expect(res.body).toMatchObject({ received: true, duplicate: false });
      expect(await outboxPayloads(api, 'payments.payment-succeeded', paymentId)).toEqual([]);
    });
  });

  describe('refunds', () => {
    it('are sent to the provider by the worker and announced as payments.refund-succeeded', async () => {
      const intent = await openIntent(buyer, 80_000);
      await api.http().post(path(intent.simulated!.succeedUrl)).set(buyer.auth).expect(200);
      await api.command(
        new RequestRefundCommand(intent.orderId, 'shop-order-a', 30_000, 'seller cancelled'),
      );
      await api.command(
        new RequestRefundCommand(intent.orderId, 'shop-order-a', 30_000, 'seller cancelled'),
      );

      const refund = await eventually(async () => {
        const [payment] = await paymentsOf(api, intent.orderId);
        expect(payment.refunds).toEqual([
          expect.objectContaining({
            reference: 'shop-order-a',
            amount: 30_000,
            status: 'succeeded',
          }),
        ]);
        return payment.refunds[0];
      });
      expect(await outboxPayloads(api, 'payments.refund-succeeded', refund.id)).toEqual([
        {
          refundId: refund.id,
          paymentId: intent.paymentId,
          orderId: intent.orderId,
          reference: 'shop-order-a',
          amount: 30_000,
          currency: 'IDR',
          reason: 'seller cancelled',
          failureReason: null,
        },
      ]);
      await expect(
        api.command(new RequestRefundCommand(intent.orderId, 'shop-order-b', 50_001, 'too much')),
      ).rejects.toMatchObject({ code: 'PAYMENTS.REFUND_EXCEEDS_PAYMENT' });
    });
  });
});
