import { ProviderEvent } from './provider-event';

export const PAYMENT_PROVIDER_NAMES = ['simulated', 'stripe'] as const;
export type PaymentProviderName = (typeof PAYMENT_PROVIDER_NAMES)[number];

export interface CreateIntentRequest {
  /** In minor units. */
  amount: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** Echoed back in the provider's webhooks. */
  metadata: { orderId: string; paymentId: string };
  /** The same key always gives the same intent (retries never open a second one). */
  idempotencyKey: string;
}

export interface ProviderIntent {
  id: string;
  clientSecret: string | null;
}

export interface RefundRequest {
  providerIntentId: string;
  /** In minor units. */
  amount: number;
  /** Echoed back in the provider's webhooks. */
  metadata: { refundId: string; paymentId: string; orderId: string };
  idempotencyKey: string;
}

/** Where a refund stands after the provider answered; `pending` settles by webhook later. */
export interface ProviderRefund {
  id: string;
  status: 'succeeded' | 'pending' | 'failed';
  failureReason: string | null;
}

/**
 * The port to a payment provider (DI token). Calls may fail with PaymentProviderUnavailableError
 * (try again later) or PaymentProviderRejectedError (the provider refused this request for good).
 */
export abstract class PaymentProvider {
  abstract readonly name: PaymentProviderName;

  abstract createIntent(request: CreateIntentRequest): Promise<ProviderIntent>;

  abstract refund(request: RefundRequest): Promise<ProviderRefund>;

  /**
   * Checks a webhook's signature over the exact bytes received and normalizes its event.
   * A missing, malformed, wrong or stale signature is InvalidWebhookSignatureError.
   */
  abstract verifyWebhook(rawBody: Buffer, signatureHeader: string | undefined): ProviderEvent;
}
