export const PROVIDER_EVENT_TYPES = [
  'payment.succeeded',
  'payment.failed',
  'refund.succeeded',
  'refund.failed',
  /** An event Pasar does not act on; acknowledged and recorded. */
  'ignored',
] as const;
export type ProviderEventType = (typeof PROVIDER_EVENT_TYPES)[number];

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
}
