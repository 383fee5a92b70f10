import { BullModule } from '@nestjs/bullmq';
import { JobsOptions } from 'bullmq';

/**
 * Queue `payments-refunds`: one job per refund that has to be sent to the provider (job id =
 * refund id), and the sweeper's repeatable job.
 */
export const REFUNDS_QUEUE = 'payments-refunds';

/** Sends one refund to the provider: job id and data name the refund. */
export const SETTLE_REFUND_JOB = 'settle-refund';

/** Re-enqueues pending refunds whose job Redis lost (the scheduler below adds these). */
export const SWEEP_REFUNDS_JOB = 'sweep-refunds';

export const REFUND_SWEEPER_SCHEDULER_ID = 'refund-sweeper';

/** How often the sweeper runs, and how old a pending refund must be before it counts as lost. */
export const REFUND_SWEEP_INTERVAL_MS = 60_000;

export interface SettleRefundJobData {
  refundId: string;
}

/**
 * A provider outage is retried for about ten minutes (8 attempts, 5 s doubling) before the refund
 * is marked failed; the provider's idempotency key makes every attempt the same refund.
 */
export const settleRefundJobOptions = (refundId: string): JobsOptions => ({
  jobId: refundId,
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
});

/**
 * The queue itself: PaymentsModule registers it in every process (the api shows it in Bull
 * Board), PaymentsJobsModule in the worker to fill and process it.
 */
export const RefundsQueueModule = BullModule.registerQueue({ name: REFUNDS_QUEUE });
