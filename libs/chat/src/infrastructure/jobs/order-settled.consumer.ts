import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ORDER_CANCELLED,
  OrderCancelledPayload,
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_COMPLETED,
  ShopOrderStatusPayload,
} from '@pasar/ordering';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { CloseOrderRoomsCommand } from '../../application/commands/close-order-rooms/close-order-rooms.command';

/**
 * A shop's part of an order reached a final state (completed, or cancelled after payment, which
 * refunds it): its rooms about that order close. An order cancelled unpaid closes every room
 * about it. Closing is idempotent; the room closes at the event's time.
 */
@Injectable()
@ConsumesEvents(SHOP_ORDER_COMPLETED, SHOP_ORDER_CANCELLED, ORDER_CANCELLED)
export class OrderSettledConsumer implements EventConsumer {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope): Promise<void> {
    const at = new Date(event.occurredAt);
    if (event.type === ORDER_CANCELLED) {
      const { orderId } = event.payload as unknown as OrderCancelledPayload;
      await this.commands.execute(new CloseOrderRoomsCommand(orderId, null, at));
      return;
    }
    const { orderId, shopId } = event.payload as unknown as ShopOrderStatusPayload;
    await this.commands.execute(new CloseOrderRoomsCommand(orderId, shopId, at));
  }
}
