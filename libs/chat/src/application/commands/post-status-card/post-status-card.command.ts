import { Command } from '@nestjs/cqrs';

/** What happened to an order, as an ordering event told it. */
export interface OrderStatusChange {
  /** The event's id: each room gets one system message per event, however often it arrives. */
  eventId: string;
  orderId: string;
  /** The shop whose part changed; null when the whole order did (paid, cancelled unpaid). */
  shopId: string | null;
  status: 'paid' | 'shipped' | 'delivered' | 'completed' | 'cancelled';
  carrier?: string;
  trackingNumber?: string;
  reason?: string;
  refundAmount?: number;
}

/**
 * Posts a system message with an order-status card into every room about the order (of the
 * shop whose part changed) and broadcasts it to the room's sockets. Answers how many it posted.
 */
export class PostStatusCardCommand extends Command<{ posted: number }> {
  constructor(readonly change: OrderStatusChange) {
    super();
  }
}
