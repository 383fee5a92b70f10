export const PAYMENT_STATUSES = ['requires_payment', 'succeeded', 'failed'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** What the provider can report about an intent. */
export type PaymentOutcome = 'succeed' | 'fail';

/**
 * The state machine: from a status, the provider outcomes that move it and where each leads.
 * Anything else (a repeat, a decline reported after the money arrived) changes nothing.
 * The provider's word on money wins: an intent declined once and paid later (Stripe lets the
 * buyer retry the same intent with another card) is a success.
 */
export const PAYMENT_TRANSITIONS: Record<
  PaymentStatus,
  Partial<Record<PaymentOutcome, PaymentStatus>>
> = {
  requires_payment: { succeed: 'succeeded', fail: 'failed' },
  failed: { succeed: 'succeeded' },
  succeeded: {},
};
