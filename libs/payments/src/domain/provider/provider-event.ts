export const PROVIDER_EVENT_TYPES = [
  'payment.succeeded',
  'payment.failed',
  'refund.succeeded',
  'refund.failed',
  /** How a payment was made (a card's brand and last digits), reported apart from its outcome. */
  'payment.details',
  /** The buyer disputed a paid charge with their bank (a chargeback was opened). */
  'payment.disputed',
  /** The provider closed a dispute (won, lost, or a warning closed). */
  'payment.dispute-closed',
  /** An event Pasar does not act on; acknowledged and recorded. */
  'ignored',
] as const;
export type ProviderEventType = (typeof PROVIDER_EVENT_TYPES)[number];

/**
 * How a payment was made, as far as the provider tells: the method type (`card`, `ewallet`…)
 * and, for cards, the brand and the last four digits. Never more of a card than that.
 */
export interface PaymentMethodDetails {
  method: string;
  cardBrand: string | null;
  cardLast4: string | null;
}

/** A provider's webhook event, normalized: the same shape whichever provider sent it. */
export interface ProviderEvent {
  /** The provider's event id (deliveries of one event share it). */
  id: string;
  type: ProviderEventType;
  providerIntentId: string | null;
  providerRefundId: string | null;
  /** Pasar's ids, echoed back from the metadata given to the provider (null when absent). */
  paymentId: string | null;
  refundId: string | null;
  failureReason: string | null;
  /** For payment events, when the provider reported how the buyer paid. */
  paymentMethod: PaymentMethodDetails | null;
  /** For dispute events: the provider's dispute. */
  dispute: DisputeDetails | null;
}

/** A dispute as the provider reports it: its id, the bank's reason and its status. */
export interface DisputeDetails {
  id: string;
  reason: string | null;
  /** The provider's status (`needs_response`, `won`, `lost`, `warning_closed`…). */
  status: string | null;
}
