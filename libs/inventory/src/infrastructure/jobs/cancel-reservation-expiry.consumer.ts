import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import {
  RESERVATION_COMMITTED,
  RESERVATION_RELEASED,
  ReservationSettledPayload,
} from '../../contracts/inventory.events';
import { RESERVATION_EXPIRY_QUEUE } from './reservation-expiry.queue';

/**
 * A reservation committed or released before its deadline needs no expiry: its delayed job goes.
 * A job already gone (or running) is fine: expiring a settled reservation changes nothing.
 */
@Injectable()
@ConsumesEvents(RESERVATION_COMMITTED, RESERVATION_RELEASED)
export class CancelReservationExpiryConsumer implements EventConsumer {
  constructor(@InjectQueue(RESERVATION_EXPIRY_QUEUE) private readonly queue: Queue) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { reservationId } = event.payload as unknown as ReservationSettledPayload;
    await this.queue.remove(reservationId);
  }
}
