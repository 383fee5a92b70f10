import { Module } from '@nestjs/common';
import { RefundRequestedConsumer } from './infrastructure/jobs/refund-requested.consumer';
import { RefundSweepSchedule } from './infrastructure/jobs/refund-sweep.schedule';
import { RefundSweeper } from './infrastructure/jobs/refund-sweeper';
import { RefundsProcessor } from './infrastructure/jobs/refunds.processor';
import { RefundsQueueModule } from './infrastructure/jobs/refunds.queue';

/**
 * The payments context's background work, for the worker only (beside PaymentsModule, whose
 * commands it runs): a job per requested refund that calls the provider, retried with backoff;
 * the sweeper that re-queues refunds whose job was lost, and its schedule.
 */
@Module({
  imports: [RefundsQueueModule],
  providers: [RefundRequestedConsumer, RefundSweeper, RefundsProcessor, RefundSweepSchedule],
})
export class PaymentsJobsModule {}
