import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import Stripe from 'stripe';
import {
  CreatePaymentIntentCommand,
  PaymentIntentView,
  PaymentProviderUnavailableError,
  RequestRefundCommand,
} from '@pasar/payments';
import { toErrorBody } from '@pasar/shared';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import { FakeStripe, intentEvent, outboxPayloads, paymentsOf } from './payments-fixtures';

const WEBHOOK_SECRET = 'whsec_pasar_e2e_webhook_secret';

describe('payments with the Stripe adapter (HTTP, against a local fake Stripe)', () => {
  const fake = new FakeStripe();
  let api: TestApi;
  let worker: INestApplicationContext;
  let buyer: TestUser;

  beforeAll(async () => {
    const apiUrl = await fake.start();
    api = await startTestApi({
      PAYMENT_PROVIDER: 'stripe',
      STRIPE_SECRET_KEY: 'sk_test_pasar_e2e',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_URL: apiUrl,
      PAYMENT_PROVIDER_TIMEOUT_MS: '200',
      PAYMENT_PROVIDER_RETRIES: '1',
      PAYMENT_BREAKER_THRESHOLD: '4',
      PAYMENT_BREAKER_HALF_OPEN_MS: '500',
    });
    // Started once and closed last: the worker's passport 'jwt' strategy replaces the API's in
    // passport's process-wide registry, and once the worker is closed (its Redis client with it)
    // authenticated API requests would fail.
    worker = await startWorker(api);
    buyer = await signUp(api, 'buyer');
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await fake.stop();
  });

  const createIntent = (orderId: string, amount = 120_000) =>
    api.command<PaymentIntentView>(
      new CreatePaymentIntentCommand(orderId, buyer.id, amount, 'IDR'),
    );
  const stripeHeader = (payload: string, secret = WEBHOOK_SECRET, timestamp?: number) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp });
  const postWebhook = (body: string, signature: string) =>
    api
      .http()
      .post('/payments/webhooks/stripe')
      .set('content-type', 'application/json')
      .set('stripe-signature', signature)
      .send(body);

  it('opens a PaymentIntent through the SDK, keyed by the payment, once per order and amount', async () => {
    fake.mode = 'ok';
    const orderId = randomUUID();
    const view = await createIntent(orderId);
    expect(view).toMatchObject({
      orderId,
      provider: 'stripe',
      status: 'requires_payment',
      providerIntentId: expect.stringMatching(/^pi_fake_/),
      clientSecret: expect.stringMatching(/_secret_/),
    });
    expect(view.simulated).toBeUndefined();
    const request = fake.requests.at(-1)!;
    expect(request.path).toBe('/v1/payment_intents');
    expect(request.idempotencyKey).toBe(`pasar-payment-${view.paymentId}`);
    expect(Object.fromEntries(request.form)).toMatchObject({
      amount: '120000',
      currency: 'idr',
      'metadata[orderId]': orderId,
      'metadata[paymentId]': view.paymentId,
    });
    const calls = fake.requests.length;
    expect((await createIntent(orderId)).paymentId).toBe(view.paymentId);
    expect(fake.requests).toHaveLength(calls);
  });

  it('verifies webhooks with the SDK: applies a signed event once, refuses bad or stale ones', async () => {
    fake.mode = 'ok';
    const orderId = randomUUID();
    const view = await createIntent(orderId);
    const body = intentEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', {
      id: view.providerIntentId,
      amount: view.amount,
      orderId,
      paymentId: view.paymentId,
    });

    for (const signature of [
      stripeHeader(body, 'whsec_someone_else'),
      stripeHeader(body, WEBHOOK_SECRET, Math.floor(Date.now() / 1000) - 301),
      'not a stripe signature',
    ]) {
      const refused = await postWebhook(body, signature).expect(400);
      expect(refused.body.code).toBe('PAYMENTS.INVALID_SIGNATURE');
    }
    expect((await paymentsOf(api, orderId))[0].status).toBe('requires_payment');

    const first = await postWebhook(body, stripeHeader(body)).expect(200);
    expect(first.body).toMatchObject({ type: 'payment.succeeded', duplicate: false });
    const replay = await postWebhook(body, stripeHeader(body)).expect(200);
    expect(replay.body.duplicate).toBe(true);
    expect((await paymentsOf(api, orderId))[0]).toMatchObject({
      status: 'succeeded',
      providerIntentId: view.providerIntentId,
    });
    expect(await outboxPayloads(api, 'payments.payment-succeeded', view.paymentId)).toEqual([
      expect.objectContaining({ paymentId: view.paymentId, provider: 'stripe', amount: 120_000 }),
    ]);
  });

  it('refunds through the SDK from the worker, with the refund’s idempotency key', async () => {
    fake.mode = 'ok';
    const orderId = randomUUID();
    const view = await createIntent(orderId, 70_000);
    const body = intentEvent(`evt_${randomUUID()}`, 'payment_intent.succeeded', {
      id: view.providerIntentId,
      amount: view.amount,
      orderId,
      paymentId: view.paymentId,
    });
    await postWebhook(body, stripeHeader(body)).expect(200);
    await api.command(new RequestRefundCommand(orderId, 'shop-order-s', 20_000, 'out of stock'));

    const refund = await eventually(async () => {
      const [payment] = await paymentsOf(api, orderId);
      expect(payment.refunds).toMatchObject([{ status: 'succeeded', amount: 20_000 }]);
      return payment.refunds[0];
    });
    const call = fake.requests.find((r) => r.path === '/v1/refunds');
    expect(call?.idempotencyKey).toBe(`pasar-refund-${refund.id}`);
    expect(Object.fromEntries(call!.form)).toMatchObject({
      payment_intent: view.providerIntentId,
      amount: '20000',
      'metadata[refundId]': refund.id,
    });
    expect(await outboxPayloads(api, 'payments.refund-succeeded', refund.id)).toHaveLength(1);
  });

  it('has no simulated routes while Stripe is configured', async () => {
    const res = await api
      .http()
      .post('/payments/simulated/intents/sim_pi_123/succeed')
      .set(buyer.auth)
      .expect(404);
    expect(res.body.code).toBe('PAYMENTS.INTENT_NOT_FOUND');
  });

  it('reports an outage as 503 PAYMENTS.PROVIDER_UNAVAILABLE, half-done nothing, and recovers', async () => {
    fake.mode = 'hang';
    const orderId = randomUUID();
    const before = fake.requests.length;
    const error = await createIntent(orderId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect(toErrorBody(error)).toMatchObject({
      statusCode: 503,
      code: 'PAYMENTS.PROVIDER_UNAVAILABLE',
    });
    expect(fake.requests.length - before).toBe(2); // the first attempt and one retry
    const [open] = await paymentsOf(api, orderId);
    expect(open).toMatchObject({ status: 'requires_payment', providerIntentId: null });

    // Two more failed attempts open the circuit: calls then fail at once, without reaching Stripe.
    await expect(createIntent(orderId)).rejects.toBeInstanceOf(PaymentProviderUnavailableError);
    const reached = fake.requests.length;
    const started = Date.now();
    const fastFail = await createIntent(orderId).catch((e: unknown) => e);
    expect((fastFail as Error).message).toMatch(/circuit is open/);
    expect(Date.now() - started).toBeLessThan(150);
    expect(fake.requests).toHaveLength(reached);
    expect((await paymentsOf(api, orderId)).every((p) => p.status !== 'succeeded')).toBe(true);

    // Stripe is back; after the half-open delay the same payment gets its intent.
    fake.mode = 'ok';
    await new Promise((resolve) => setTimeout(resolve, 600));
    const view = await createIntent(orderId);
    expect(view.paymentId).toBe(open.id);
    expect(view.providerIntentId).toMatch(/^pi_fake_/);
    expect(await paymentsOf(api, orderId)).toHaveLength(1);
  });
});
