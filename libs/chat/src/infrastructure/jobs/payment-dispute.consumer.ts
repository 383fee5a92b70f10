import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  PAYMENT_DISPUTE_CLOSED,
  PAYMENT_DISPUTE_OPENED,
  PaymentDisputePayload,
} from '@pasar/payments';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { SetOrderRoomsHoldCommand } from '../../application/commands/set-order-rooms-hold/set-order-rooms-hold.command';

/** A dispute of an order's payment holds every room about the order until it closes. */
@Injectable()
@ConsumesEvents(PAYMENT_DISPUTE_OPENED, PAYMENT_DISPUTE_CLOSED)
export class PaymentDisputeConsumer implements EventConsumer {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope): Promise<void> {
    const dispute = event.payload as unknown as PaymentDisputePayload;
    const reason =
      event.type === PAYMENT_DISPUTE_OPENED
        ? `Payment dispute ${dispute.disputeId}${dispute.reason ? ` (${dispute.reason})` : ''}`
        : null;
    await this.commands.execute(
      new SetOrderRoomsHoldCommand(dispute.orderId, reason, new Date(event.occurredAt)),
    );
  }
}
