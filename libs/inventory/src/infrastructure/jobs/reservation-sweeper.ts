import { Injectable, Logger } from '@nestjs/common';
import { ReservationExpirer } from './reservation-expirer';
import { EXPIRY_BATCH } from './reservation-expiry.queue';

export interface SweepResult {
  /** Reservations this sweep expired. */
  expired: number;
}

/**
 * Postgres is the truth: expires every reservation still active past its deadline, whether or
 * not its delayed job still exists in Redis, in batches (the partial index on active
 * reservations finds them) until none is left due. Reservations another transaction holds at
 * that moment are skipped; whoever holds them settles them, or the next sweep does.
 */
@Injectable()
export class ReservationSweeper {
  private readonly logger = new Logger(ReservationSweeper.name);
  private running?: Promise<SweepResult>;

  constructor(private readonly expirer: ReservationExpirer) {}

  /** One sweep; a call while this process is already sweeping joins that sweep. */
  sweep(): Promise<SweepResult> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  private async run(): Promise<SweepResult> {
    let expired = 0;
    for (;;) {
      const batch = await this.expirer.expireDue(EXPIRY_BATCH);
      expired += batch;
      if (batch < EXPIRY_BATCH) break;
    }
    if (expired > 0) this.logger.log({ expired }, 'swept reservations');
    return { expired };
  }
}
