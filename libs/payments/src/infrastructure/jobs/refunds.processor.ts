import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Job, UnrecoverableError } from 'bullmq';
import { SettleRefundCommand } from '../../application/commands/settle-refund/settle-refund.command';
import { RefundSweeper, RefundSweepResult } from './refund-sweeper';
import {
  REFUNDS_QUEUE,
  SETTLE_REFUND_JOB,
  SettleRefundJobData,
  SWEEP_REFUNDS_JOB,
} from './refunds.queue';

/**
 * Worker only. `settle-refund` jobs run SettleRefundCommand in a fresh MikroORM context; a provider
 * outage fails the job so BullMQ retries it with backoff, and its last attempt marks the refund
 * failed instead. `sweep-refunds` jobs run the sweeper.
 */
@Processor(REFUNDS_QUEUE, { concurrency: 8 })
export class RefundsProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
    private readonly sweeper: RefundSweeper,
  ) {
    super();
  }

  async process(
    job: Job,
  ): Promise<{ refundId: string; finalAttempt: boolean } | RefundSweepResult> {
    if (job.name === SWEEP_REFUNDS_JOB) return this.sweeper.sweep();
    if (job.name !== SETTLE_REFUND_JOB) {
      throw new UnrecoverableError(`${REFUNDS_QUEUE} has no job named ${job.name}`);
    }
    const { refundId } = job.data as SettleRefundJobData;
    // attemptsMade counts the attempts that already failed.
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    await RequestContext.create(this.orm.em, () =>
      this.commands.execute(new SettleRefundCommand(refundId, finalAttempt)),
    );
    return { refundId, finalAttempt };
  }
}
