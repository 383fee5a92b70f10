import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { REFUND_REQUESTED, RefundRequestedPayload } from '../../domain/refund/refund.events';
import { REFUNDS_QUEUE, SETTLE_REFUND_JOB, settleRefundJobOptions } from './refunds.queue';

/**
 * A refund was recorded (its transaction committed): queue the provider call. The job id is the
 * refund id, so a redelivered event adds nothing while the job exists.
 */
@Injectable()
@ConsumesEvents(REFUND_REQUESTED)
export class RefundRequestedConsumer implements EventConsumer {
  constructor(@InjectQueue(REFUNDS_QUEUE) private readonly queue: Queue) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { refundId } = event.payload as unknown as RefundRequestedPayload;
    await this.queue.add(SETTLE_REFUND_JOB, { refundId }, settleRefundJobOptions(refundId));
  }
}
