import { BullModule } from '@nestjs/bullmq';

/** Delayed jobs that complete a delivered ShopOrder the buyer did not confirm in time. */
export const ORDER_COMPLETION_QUEUE = 'order-completion';

export interface OrderCompletionJob {
  shopOrderId: string;
}

/** The api shows the queue (Bull Board), the worker adds to it and processes it. */
export const OrderCompletionQueueModule = BullModule.registerQueue({
  name: ORDER_COMPLETION_QUEUE,
});
