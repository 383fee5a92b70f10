import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ORDER_CANCELLED,
  ORDER_PAID,
  OrderCancelledPayload,
  OrderPaidPayload,
  SHOP_ORDER_CANCELLED,
  SHOP_ORDER_COMPLETED,
  SHOP_ORDER_DELIVERED,
  SHOP_ORDER_SHIPPED,
  ShopOrderStatusPayload,
} from '@pasar/ordering';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import {
  OrderStatusChange,
  PostStatusCardCommand,
} from '../../application/commands/post-status-card/post-status-card.command';

const SHOP_ORDER_STATUS: Record<string, OrderStatusChange['status']> = {
  [SHOP_ORDER_SHIPPED]: 'shipped',
  [SHOP_ORDER_DELIVERED]: 'delivered',
  [SHOP_ORDER_COMPLETED]: 'completed',
  [SHOP_ORDER_CANCELLED]: 'cancelled',
};

/**
 * Order status changes become system messages in the rooms about the order. Idempotent twice
 * over: the inbox runs it once per event, and each room's message is keyed by the event id.
 */
@Injectable()
@ConsumesEvents(ORDER_PAID, ORDER_CANCELLED, ...Object.keys(SHOP_ORDER_STATUS))
export class OrderStatusCardsConsumer implements EventConsumer {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EventEnvelope): Promise<void> {
    await this.commands.execute(new PostStatusCardCommand(changeOf(event)));
  }
}

function changeOf(event: EventEnvelope): OrderStatusChange {
  if (event.type === ORDER_PAID) {
    const { orderId } = event.payload as unknown as OrderPaidPayload;
    return { eventId: event.id, orderId, shopId: null, status: 'paid' };
  }
  if (event.type === ORDER_CANCELLED) {
    const { orderId, reason } = event.payload as unknown as OrderCancelledPayload;
    return { eventId: event.id, orderId, shopId: null, status: 'cancelled', reason };
  }
  const payload = event.payload as unknown as ShopOrderStatusPayload;
  return {
    eventId: event.id,
    orderId: payload.orderId,
    shopId: payload.shopId,
    status: SHOP_ORDER_STATUS[event.type],
    carrier: payload.carrier,
    trackingNumber: payload.trackingNumber,
    reason: payload.reason,
    refundAmount: payload.refundAmount,
  };
}
