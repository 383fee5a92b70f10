import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { AppConfig, ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { SHOP_ORDER_DELIVERED, ShopOrderStatusPayload } from '../../contracts/ordering.events';
import { ORDER_COMPLETION_QUEUE, OrderCompletionJob } from './order-completion.queue';

const DAY_MS = 86_400_000;

/**
 * A ShopOrder was delivered: schedule its completion in `config.ordering.autoCompleteDays`
 * days (job id = ShopOrder id, so a redelivered event schedules nothing new).
 */
@Injectable()
@ConsumesEvents(SHOP_ORDER_DELIVERED)
export class ShopOrderDeliveredConsumer implements EventConsumer {
  constructor(
    @InjectQueue(ORDER_COMPLETION_QUEUE) private readonly queue: Queue<OrderCompletionJob>,
    private readonly config: AppConfig,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { shopOrderId } = event.payload as unknown as ShopOrderStatusPayload;
    await this.queue.add(
      'complete',
      { shopOrderId },
      { jobId: shopOrderId, delay: this.config.ordering.autoCompleteDays * DAY_MS },
    );
  }
}
