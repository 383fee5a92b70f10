export const REFUND_STATUSES = ['pending', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
export type RefundOutcome = 'succeed' | 'fail';

/**
 * The state machine: from a status, the outcomes that move it and where each leads; anything
 * else changes nothing. As for payments, the provider's word on money wins: a refund given up on
 * (its calls timed out) that the provider reports done later is a success.
 */
export const REFUND_TRANSITIONS: Record<
  RefundStatus,
  Partial<Record<RefundOutcome, RefundStatus>>
> = {
  pending: { succeed: 'succeeded', fail: 'failed' },
  failed: { succeed: 'succeeded' },
  succeeded: {},
};
