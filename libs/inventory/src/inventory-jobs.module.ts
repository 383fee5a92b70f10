import { Module } from '@nestjs/common';
import { CancelReservationExpiryConsumer } from './infrastructure/jobs/cancel-reservation-expiry.consumer';
import { ReservationExpirer } from './infrastructure/jobs/reservation-expirer';
import { ReservationExpiryProcessor } from './infrastructure/jobs/reservation-expiry.processor';
import { ReservationExpiryQueueModule } from './infrastructure/jobs/reservation-expiry.queue';
import { ReservationSweepSchedule } from './infrastructure/jobs/reservation-sweep.schedule';
import { ReservationSweeper } from './infrastructure/jobs/reservation-sweeper';
import { ReservationSweeperProcessor } from './infrastructure/jobs/reservation-sweeper.processor';
import { ScheduleReservationExpiryConsumer } from './infrastructure/jobs/schedule-reservation-expiry.consumer';

/**
 * The inventory context's background work, for the worker only (beside InventoryModule, whose
 * commands it runs): each reservation's expiry as a delayed job, dropped when the reservation is
 * settled first; the processor of those jobs; the sweeper, its schedule and its processor (a
 * queue of its own).
 */
@Module({
  imports: [ReservationExpiryQueueModule],
  providers: [
    ScheduleReservationExpiryConsumer,
    CancelReservationExpiryConsumer,
    ReservationExpirer,
    ReservationSweeper,
    ReservationExpiryProcessor,
    ReservationSweeperProcessor,
    ReservationSweepSchedule,
  ],
})
export class InventoryJobsModule {}
