import { ProviderEvent, ProviderEventType } from '../../domain/provider/provider-event';
import { InvalidWebhookEventError } from '../../domain/provider/provider.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StripeShapedObject {
  id?: unknown;
  object?: unknown;
  status?: unknown;
  metadata?: Record<string, unknown> | null;
  last_payment_error?: { message?: unknown } | null;
  failure_reason?: unknown;
}

const text = (value: unknown, max = 255): string | null =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
const uuid = (value: unknown): string | null =>
  typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;

/**
 * Normalizes an event shaped like Stripe's (`{ id, type, data: { object } }`); both adapters
 * speak it (the simulated provider imitates Stripe). Pasar acts on payment intents succeeding
 * or failing and on refunds reaching a final state; any other event is `ignored`.
 */
export function normalizeStripeShapedEvent(event: unknown): ProviderEvent {
  const { id, type, data } = (event ?? {}) as { id?: unknown; type?: unknown; data?: unknown };
  const object = (data as { object?: StripeShapedObject } | undefined)?.object;
  if (!text(id) || !text(type) || typeof object !== 'object' || object === null) {
    throw new InvalidWebhookEventError('an event has a string id and type and a data.object');
  }
  const metadata = object.metadata ?? {};
  const base: ProviderEvent = {
    id: text(id)!,
    type: 'ignored',
    providerIntentId: null,
    providerRefundId: null,
    paymentId: null,
    refundId: null,
    failureReason: null,
  };
  const normalized = (kind: ProviderEventType, extra: Partial<ProviderEvent>) => ({
    ...base,
    type: kind,
    ...extra,
  });

  if (type === 'payment_intent.succeeded' || type === 'payment_intent.payment_failed') {
    return normalized(
      type === 'payment_intent.succeeded' ? 'payment.succeeded' : 'payment.failed',
      {
        providerIntentId: text(object.id),
        paymentId: uuid(metadata.paymentId),
        failureReason:
          type === 'payment_intent.payment_failed'
            ? (text(object.last_payment_error?.message, 500) ?? 'The payment was declined')
            : null,
      },
    );
  }
  if (object.object === 'refund' && typeof type === 'string' && type.includes('refund.')) {
    const kind =
      object.status === 'succeeded'
        ? 'refund.succeeded'
        : object.status === 'failed' || object.status === 'canceled'
          ? 'refund.failed'
          : 'ignored';
    return normalized(kind, {
      providerRefundId: text(object.id),
      refundId: uuid(metadata.refundId),
      paymentId: uuid(metadata.paymentId),
      failureReason:
        kind === 'refund.failed' ? (text(object.failure_reason, 500) ?? 'failed') : null,
    });
  }
  return base;
}
