import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { ExpiryOutcome, ReservationExpirer } from './reservation-expirer';
import {
  EXPIRE_JOB,
  EXPIRY_BATCH,
  ExpireJobData,
  RESERVATION_EXPIRY_QUEUE,
} from './reservation-expiry.queue';

/** A job that fires before the deadline (clock skew between hosts) comes back this much after it. */
export const EARLY_RETRY_MARGIN_MS = 50;

/**
 * Worker only. An `expire` job first expires every reservation due by now in batches (its own
 * among them, most likely), then runs ExpireReservationCommand for its own; firing again, or for
 * a reservation settled first, changes nothing and completes. A job that fires before the deadline goes back
 * to the delayed set until then.
 */
@Processor(RESERVATION_EXPIRY_QUEUE, { concurrency: 16 })
export class ReservationExpiryProcessor extends WorkerHost {
  private readonly logger = new Logger(ReservationExpiryProcessor.name);

  constructor(private readonly expirer: ReservationExpirer) {
    super();
  }

  process(job: Job, token?: string): Promise<ExpiryOutcome> {
    if (job.name === EXPIRE_JOB) return this.expire(job as Job<ExpireJobData>, token);
    throw new UnrecoverableError(`${RESERVATION_EXPIRY_QUEUE} has no job named ${job.name}`);
  }

  private async expire(job: Job<ExpireJobData>, token?: string): Promise<ExpiryOutcome> {
    while ((await this.expirer.expireDue(EXPIRY_BATCH)) === EXPIRY_BATCH);
    const result = await this.expirer.expire(job.data.reservationId);
    if (result.outcome === 'early') {
      const retryAt = Math.max(Date.now(), result.expiresAt.getTime()) + EARLY_RETRY_MARGIN_MS;
      await job.moveToDelayed(retryAt, token);
      throw new DelayedError();
    }
    if (result.outcome === 'missing') {
      this.logger.warn({ reservationId: job.data.reservationId }, 'no such reservation to expire');
    }
    return result;
  }
}
