import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Queue } from 'bullmq';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { STOCK_RESERVED, StockReservedPayload } from '../../contracts/inventory.events';
import { EXPIRE_JOB, ExpireJobData, RESERVATION_EXPIRY_QUEUE } from './reservation-expiry.queue';

/**
 * A new reservation gets its expiry job, due at its deadline (job id = reservation id, so a
 * redelivered event adds nothing). A reservation settled before the event arrived gets none.
 */
@Injectable()
@ConsumesEvents(STOCK_RESERVED)
export class ScheduleReservationExpiryConsumer implements EventConsumer {
  constructor(
    @InjectQueue(RESERVATION_EXPIRY_QUEUE) private readonly queue: Queue<ExpireJobData>,
  ) {}

  async handle(event: EventEnvelope, em: EntityManager): Promise<void> {
    const { reservationId, expiresAt } = event.payload as unknown as StockReservedPayload;
    const [reservation] = await em.execute<{ status: string }[]>(
      'select status from inventory.stock_reservations where id = ?',
      [reservationId],
    );
    if (reservation?.status !== 'active') return;
    await this.queue.add(
      EXPIRE_JOB,
      { reservationId },
      { jobId: reservationId, delay: Math.max(0, Date.parse(expiresAt) - Date.now()) },
    );
  }
}
