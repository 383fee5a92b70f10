import Stripe from 'stripe';
import { PaymentsConfig } from '@pasar/shared';
import {
  CreateIntentRequest,
  PaymentProvider,
  ProviderIntent,
  ProviderRefund,
  RefundRequest,
} from '../../../domain/provider/payment-provider';
import { ProviderEvent } from '../../../domain/provider/provider-event';
import {
  InvalidWebhookSignatureError,
  PaymentProviderRejectedError,
  PaymentProviderUnavailableError,
} from '../../../domain/provider/provider.errors';
import { normalizeStripeShapedEvent } from '../stripe-shaped-event';

type StripeSettings = NonNullable<PaymentsConfig['stripe']>;

/** Stripe refused the request itself (a card, a parameter, an idempotency clash): not an outage. */
const REFUSALS = [
  Stripe.errors.StripeCardError,
  Stripe.errors.StripeInvalidRequestError,
  Stripe.errors.StripeIdempotencyError,
];

/**
 * Stripe through its official SDK. The SDK's own retries are off (the resilience policy retries,
 * with the same idempotency key); its timeout matches the policy's. `apiUrl` points the SDK at
 * another host (a local fake in tests).
 */
export class StripePaymentProvider extends PaymentProvider {
  readonly name = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(
    private readonly settings: StripeSettings,
    private readonly payments: Pick<PaymentsConfig, 'timeoutMs' | 'webhookToleranceSeconds'>,
  ) {
    super();
    const api = settings.apiUrl ? new URL(settings.apiUrl) : null;
    this.stripe = new Stripe(settings.secretKey, {
      maxNetworkRetries: 0,
      timeout: payments.timeoutMs,
      telemetry: false,
      ...(api && {
        protocol: api.protocol === 'https:' ? 'https' : 'http',
        host: api.hostname,
        port: api.port || (api.protocol === 'https:' ? 443 : 80),
      }),
    });
  }

  async createIntent(request: CreateIntentRequest): Promise<ProviderIntent> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          metadata: request.metadata,
          automatic_payment_methods: { enabled: true },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { id: intent.id, clientSecret: intent.client_secret };
  }

  async refund(request: RefundRequest): Promise<ProviderRefund> {
    const refund = await this.call(() =>
      this.stripe.refunds.create(
        {
          payment_intent: request.providerIntentId,
          amount: request.amount,
          metadata: request.metadata,
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (refund.status === 'succeeded')
      return { id: refund.id, status: 'succeeded', failureReason: null };
    if (refund.status === 'failed' || refund.status === 'canceled') {
      return {
        id: refund.id,
        status: 'failed',
        failureReason: refund.failure_reason ?? refund.status,
      };
    }
    return { id: refund.id, status: 'pending', failureReason: null };
  }

  verifyWebhook(rawBody: Buffer, signatureHeader: string | undefined): ProviderEvent {
    if (!signatureHeader) {
      throw new InvalidWebhookSignatureError('the Stripe-Signature header is missing');
    }
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(
        rawBody,
        signatureHeader,
        this.settings.webhookSecret,
        this.payments.webhookToleranceSeconds,
      );
    } catch (error) {
      throw new InvalidWebhookSignatureError((error as Error).message);
    }
    return normalizeStripeShapedEvent(event);
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (REFUSALS.some((refusal) => error instanceof refusal)) {
        throw new PaymentProviderRejectedError((error as Error).message);
      }
      throw new PaymentProviderUnavailableError((error as Error).message);
    }
  }
}
