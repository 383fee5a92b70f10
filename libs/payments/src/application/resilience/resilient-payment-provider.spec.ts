import { Logger } from '@nestjs/common';
import { CircuitState } from 'cockatiel';
import { toErrorBody } from '@pasar/shared';
import {
  CreateIntentRequest,
  PaymentProvider,
  ProviderIntent,
  ProviderRefund,
} from '../../domain/provider/payment-provider';
import { ProviderEvent } from '../../domain/provider/provider-event';
import {
  PaymentProviderRejectedError,
  PaymentProviderUnavailableError,
} from '../../domain/provider/provider.errors';
import { ResilienceOptions, ResilientPaymentProvider } from './resilient-payment-provider';

type Behaviour = 'ok' | 'hang' | 'down' | 'refuse';

/** A provider whose next calls behave as told (the last behaviour repeats). */
class FakeProvider extends PaymentProvider {
  readonly name = 'simulated' as const;
  calls = 0;
  private script: Behaviour[] = ['ok'];

  behave(...script: Behaviour[]): void {
    this.script = script;
  }

  async createIntent(request: CreateIntentRequest): Promise<ProviderIntent> {
    const behaviour = this.script.length > 1 ? this.script.shift()! : this.script[0];
    this.calls += 1;
    if (behaviour === 'hang') return new Promise<never>(() => undefined);
    if (behaviour === 'down') throw new Error('ECONNREFUSED');
    if (behaviour === 'refuse') throw new PaymentProviderRejectedError('card declined');
    return { id: `pi_${request.idempotencyKey}`, clientSecret: null };
  }

  refund(): Promise<ProviderRefund> {
    throw new Error('not used');
  }

  verifyWebhook(): ProviderEvent {
    return {
      id: 'evt_1',
      type: 'ignored',
      providerIntentId: null,
      providerRefundId: null,
      paymentId: null,
      refundId: null,
      failureReason: null,
      paymentMethod: null,
      dispute: null,
    };
  }
}

const intentRequest: CreateIntentRequest = {
  amount: 100,
  currency: 'IDR',
  metadata: { orderId: 'o', paymentId: 'p' },
  idempotencyKey: 'k',
};

const setup = (options: Partial<ResilienceOptions>) => {
  const fake = new FakeProvider();
  const provider = new ResilientPaymentProvider(fake, {
    timeoutMs: 40,
    retries: 2,
    breakerThreshold: 100,
    breakerHalfOpenAfterMs: 60_000,
    backoffInitialMs: 1,
    ...options,
  });
  return { fake, provider, create: () => provider.createIntent(intentRequest) };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ResilientPaymentProvider', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('passes answers through', async () => {
    const { fake, create } = setup({});
    await expect(create()).resolves.toEqual({ id: 'pi_k', clientSecret: null });
    expect(fake.calls).toBe(1);
  });

  it('gives each attempt the timeout, retries, then reports the provider unavailable (503)', async () => {
    const { fake, create } = setup({ timeoutMs: 30, retries: 2 });
    fake.behave('hang');
    const started = Date.now();
    const error = await create().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect(toErrorBody(error)).toMatchObject({
      statusCode: 503,
      code: 'PAYMENTS.PROVIDER_UNAVAILABLE',
    });
    expect((error as Error).message).toMatch(/no answer within 30 ms/);
    expect(fake.calls).toBe(3);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('recovers within its retries when a later attempt answers', async () => {
    const { fake, create } = setup({ retries: 2 });
    fake.behave('down', 'hang', 'ok');
    await expect(create()).resolves.toEqual({ id: 'pi_k', clientSecret: null });
    expect(fake.calls).toBe(3);
  });

  it('neither retries nor counts a refusal: it is the provider’s answer', async () => {
    const { fake, provider, create } = setup({ retries: 3, breakerThreshold: 2 });
    fake.behave('refuse');
    for (let i = 0; i < 3; i++)
      await expect(create()).rejects.toThrow(PaymentProviderRejectedError);
    expect(fake.calls).toBe(3);
    expect(provider.breaker.state).toBe(CircuitState.Closed);
  });

  it('opens the circuit after consecutive failures, then fails at once without calling', async () => {
    const { fake, provider, create } = setup({ retries: 1, breakerThreshold: 3 });
    fake.behave('down');
    await expect(create()).rejects.toThrow(PaymentProviderUnavailableError); // 2 failures
    const error = await create().catch((e: unknown) => e); // the 3rd opens it; no retry after
    expect(error).toBeInstanceOf(PaymentProviderUnavailableError);
    expect(fake.calls).toBe(3);
    expect(provider.breaker.state).toBe(CircuitState.Open);

    const fastFail = await create().catch((e: unknown) => e);
    expect(fastFail).toBeInstanceOf(PaymentProviderUnavailableError);
    expect((fastFail as Error).message).toMatch(/circuit is open/);
    expect(fake.calls).toBe(3);
  });

  it('lets one trial call through once half-open; its success closes the circuit', async () => {
    const { fake, provider, create } = setup({
      retries: 0,
      breakerThreshold: 2,
      breakerHalfOpenAfterMs: 100,
    });
    fake.behave('down');
    await expect(create()).rejects.toThrow(PaymentProviderUnavailableError);
    await expect(create()).rejects.toThrow(PaymentProviderUnavailableError);
    expect(provider.breaker.state).toBe(CircuitState.Open);

    fake.behave('ok');
    await expect(create()).rejects.toThrow(/circuit is open/);
    expect(fake.calls).toBe(2);
    await sleep(120);
    await expect(create()).resolves.toEqual({ id: 'pi_k', clientSecret: null });
    expect(provider.breaker.state).toBe(CircuitState.Closed);
    await expect(create()).resolves.toBeDefined();
    expect(fake.calls).toBe(4);
  });

  it('opens again when the half-open trial fails', async () => {
    const { fake, provider, create } = setup({
      retries: 0,
      breakerThreshold: 1,
      breakerHalfOpenAfterMs: 50,
    });
    fake.behave('down');
    await expect(create()).rejects.toThrow(PaymentProviderUnavailableError);
    await sleep(70);
    await expect(create()).rejects.toThrow(/ECONNREFUSED/);
    expect(provider.breaker.state).toBe(CircuitState.Open);
    await expect(create()).rejects.toThrow(/circuit is open/);
    expect(fake.calls).toBe(2);
  });

  it('verifies webhooks locally, outside the policy', () => {
    const { fake, provider } = setup({});
    expect(provider.verifyWebhook(Buffer.from('{}'), 't=1,v1=x').id).toBe('evt_1');
    expect(fake.calls).toBe(0);
  });
});
