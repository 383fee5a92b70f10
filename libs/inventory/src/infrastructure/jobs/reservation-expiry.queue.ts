import { BullModule } from '@nestjs/bullmq';

/**
 * Queue `reservation-expiry`: one delayed job per active reservation (job id = reservation id,
 * due at its deadline).
 */
export const RESERVATION_EXPIRY_QUEUE = 'reservation-expiry';

/**
 * Queue `reservation-sweeper`: the sweeper's repeatable job alone, so Bull Board shows its runs
 * apart from the expiry jobs and a long sweep never takes an expiry worker's slot.
 */
export const RESERVATION_SWEEPER_QUEUE = 'reservation-sweeper';

/** Expires one reservation: job id and data name the reservation. */
export const EXPIRE_JOB = 'expire';

/** Expires every overdue reservation (the job scheduler SWEEPER_SCHEDULER_ID adds these). */
export const SWEEP_JOB = 'sweep';

export const SWEEPER_SCHEDULER_ID = 'reservation-sweeper';

export interface ExpireJobData {
  reservationId: string;
}

/**
 * Both reservation queues: InventoryModule registers them in every process (the api shows them
 * in Bull Board), InventoryJobsModule in the worker to schedule and process their jobs.
 */
export const ReservationExpiryQueueModule = BullModule.registerQueue(
  { name: RESERVATION_EXPIRY_QUEUE },
  { name: RESERVATION_SWEEPER_QUEUE },
);

/**
 * Reservations expired together in one transaction. Many fall due at once at peaks (a flash
 * sale abandoned); batches keep expiry within a second of the deadline there.
 */
export const EXPIRY_BATCH = 200;
