import {
  PaymentMethodDetails,
  ProviderEvent,
  ProviderEventType,
} from '../../domain/provider/provider-event';
import { InvalidWebhookEventError } from '../../domain/provider/provider.errors';

const LAST4 = /^[0-9]{4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface StripeShapedObject {
  id?: unknown;
  object?: unknown;
  status?: unknown;
  metadata?: Record<string, unknown> | null;
  last_payment_error?: { message?: unknown } | null;
  failure_reason?: unknown;
  payment_intent?: unknown;
  payment_method_details?: unknown;
  latest_charge?: unknown;
  charges?: { data?: unknown } | null;
  reason?: unknown;
}

interface ChargeShaped {
  payment_method_details?: {
    type?: unknown;
    card?: { brand?: unknown; last4?: unknown } | null;
  } | null;
}

const text = (value: unknown, max = 255): string | null =>
  typeof value === 'string' && value.length > 0 ? value.slice(0, max) : null;
const uuid = (value: unknown): string | null =>
  typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : null;

/**
 * Normalizes an event shaped like Stripe's (`{ id, type, data: { object } }`); both adapters
 * speak it (the simulated provider imitates Stripe). Pasar acts on payment intents succeeding
 * or failing, on refunds reaching a final state and on disputes (chargebacks) being opened and
 * closed; any other event is `ignored`.
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
    paymentMethod: null,
    dispute: null,
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
        paymentMethod: methodOfIntent(object),
        failureReason:
          type === 'payment_intent.payment_failed'
            ? (text(object.last_payment_error?.message, 500) ?? 'The payment was declined')
            : null,
      },
    );
  }
  if (type === 'charge.succeeded' && object.object === 'charge') {
    const paymentMethod = methodOfCharge(object as ChargeShaped);
    if (!paymentMethod) return base;
    return normalized('payment.details', {
      providerIntentId: text(object.payment_intent),
      paymentId: uuid(metadata.paymentId),
      paymentMethod,
    });
  }
  if (
    (type === 'charge.dispute.created' || type === 'charge.dispute.closed') &&
    object.object === 'dispute' &&
    text(object.id)
  ) {
    return normalized(
      type === 'charge.dispute.created' ? 'payment.disputed' : 'payment.dispute-closed',
      {
        providerIntentId: text(object.payment_intent),
        paymentId: uuid(metadata.paymentId),
        dispute: {
          id: text(object.id)!,
          reason: text(object.reason, 60),
          status: text(object.status, 30),
        },
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

/**
 * How a PaymentIntent was paid, from the charge it carries: `latest_charge` when the event has
 * it expanded, or the `charges` list of older API versions. A bare charge id tells nothing (the
 * `charge.succeeded` event that follows reports the details then).
 */
function methodOfIntent(intent: StripeShapedObject): PaymentMethodDetails | null {
  if (typeof intent.latest_charge === 'object' && intent.latest_charge !== null) {
    return methodOfCharge(intent.latest_charge as ChargeShaped);
  }
  const charges = intent.charges?.data;
  if (Array.isArray(charges) && charges.length > 0) {
    return methodOfCharge(charges[charges.length - 1] as ChargeShaped);
  }
  return null;
}

/** A charge's method type and, for cards, brand and last four digits (nothing else is read). */
function methodOfCharge(charge: ChargeShaped): PaymentMethodDetails | null {
  const details = charge.payment_method_details;
  const method = text(details?.type, 30);
  if (!details || !method) return null;
  const card = method === 'card' ? details.card : null;
  return {
    method,
    cardBrand: text(card?.brand, 20),
    // Exactly four digits or nothing: a longer value is never cut down and kept.
    cardLast4: typeof card?.last4 === 'string' && LAST4.test(card.last4) ? card.last4 : null,
  };
}
