// Integration events of the payments context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const PAYMENT_SUCCEEDED = 'payments.payment-succeeded';
export const PAYMENT_FAILED = 'payments.payment-failed';
export const REFUND_SUCCEEDED = 'payments.refund-succeeded';
export const REFUND_FAILED = 'payments.refund-failed';
export const PAYMENT_DISPUTE_OPENED = 'payments.dispute-opened';
export const PAYMENT_DISPUTE_CLOSED = 'payments.dispute-closed';

/** The provider confirmed (or declined) the payment of an order. Amounts in minor units. */
export interface PaymentOutcomePayload {
  paymentId: string;
  orderId: string;
  buyerId: string;
  provider: string;
  amount: number;
  currency: string;
  /** The provider's error when it failed; null on success. */
  failureReason: string | null;
}

export interface RefundOutcomePayload {
  refundId: string;
  paymentId: string;
  orderId: string;
  /** What the refund is for, as given to RequestRefundCommand (e.g. a ShopOrder id). */
  reference: string;
  amount: number;
  currency: string;
  reason: string;
  failureReason: string | null;
}

/**
 * The buyer disputed an order's paid charge with their bank (opened), or the provider settled
 * that dispute (closed, with the provider's final `status`: `won`, `lost`, `warning_closed`…).
 */
export interface PaymentDisputePayload {
  paymentId: string;
  orderId: string;
  buyerId: string;
  provider: string;
  /** The provider's dispute id. */
  disputeId: string;
  /** The bank's reason as the provider names it (`fraudulent`, …), when it tells. */
  reason: string | null;
  /** `open`, or the provider's final status once closed. */
  status: string;
}
