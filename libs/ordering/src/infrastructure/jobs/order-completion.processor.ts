import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Job } from 'bullmq';
import { AutoCompleteShopOrderCommand } from '../../application/commands/auto-complete-shop-order/auto-complete-shop-order.command';
import { ORDER_COMPLETION_QUEUE, OrderCompletionJob } from './order-completion.queue';

/** Completes a delivered ShopOrder when its confirmation window has passed (worker only). */
@Processor(ORDER_COMPLETION_QUEUE)
export class OrderCompletionProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  process(job: Job<OrderCompletionJob>): Promise<void> {
    return RequestContext.create(this.orm.em, () =>
      this.commands.execute(new AutoCompleteShopOrderCommand(job.data.shopOrderId)),
    );
  }
}
