import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RESERVATION_EXPIRED, ReservationSettledPayload } from '@pasar/inventory';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { ExpireOrderCommand } from '../../application/commands/expire-order/expire-order.command';
import { orderIdIn } from './event-references';

/**
 * An order's reservation ran out: cancel the order if it is still unpaid. Runs in the inbox's
 * transaction (the command's handler joins it), so the cancellation and the marker commit together.
 */
@Injectable()
@ConsumesEvents(RESERVATION_EXPIRED)
export class ReservationExpiredConsumer implements EventConsumer {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { reference } = event.payload as unknown as ReservationSettledPayload;
    const orderId = orderIdIn(reference);
    if (orderId) await this.commands.execute(new ExpireOrderCommand(orderId));
  }
}
