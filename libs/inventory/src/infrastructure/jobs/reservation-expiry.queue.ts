import { BullModule } from '@nestjs/bullmq';

/**
 * Queue `reservation-expiry`: one delayed job per active reservation (job id = reservation id,
 * due at its deadline) and the sweeper's repeatable job.
 */
export const RESERVATION_EXPIRY_QUEUE = 'reservation-expiry';

/** Expires one reservation: job id and data name the reservation. */
export const EXPIRE_JOB = 'expire';

/** Expires every overdue reservation (the job scheduler SWEEPER_SCHEDULER_ID adds these). */
export const SWEEP_JOB = 'sweep';

export const SWEEPER_SCHEDULER_ID = 'reservation-sweeper';

export interface ExpireJobData {
  reservationId: string;
}

/**
 * The queue itself: InventoryModule registers it in every process (the api shows it in Bull
 * Board), InventoryJobsModule in the worker to schedule and process its jobs.
 */
export const ReservationExpiryQueueModule = BullModule.registerQueue({
  name: RESERVATION_EXPIRY_QUEUE,
});

/**
 * Reservations expired together in one transaction. Many fall due at once at peaks (a flash
 * sale abandoned); batches keep expiry within a second of the deadline there.
 */
export const EXPIRY_BATCH = 200;
