import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job, UnrecoverableError } from 'bullmq';
import { RESERVATION_SWEEPER_QUEUE, SWEEP_JOB } from './reservation-expiry.queue';
import { ReservationSweeper, SweepResult } from './reservation-sweeper';

/** Worker only. Runs the sweeper for each `sweep` job its job scheduler adds. */
@Processor(RESERVATION_SWEEPER_QUEUE)
export class ReservationSweeperProcessor extends WorkerHost {
  constructor(private readonly sweeper: ReservationSweeper) {
    super();
  }

  process(job: Job): Promise<SweepResult> {
    if (job.name === SWEEP_JOB) return this.sweeper.sweep();
    throw new UnrecoverableError(`${RESERVATION_SWEEPER_QUEUE} has no job named ${job.name}`);
  }
}
