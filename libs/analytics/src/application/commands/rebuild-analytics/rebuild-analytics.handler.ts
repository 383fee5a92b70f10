import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { replayOutbox } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../../contracts/consumed-events';
import { AnalyticsProjector } from '../../projections/analytics-projector';
import { RebuildAnalyticsCommand } from './rebuild-analytics.command';

@CommandHandler(RebuildAnalyticsCommand)
export class RebuildAnalyticsHandler implements ICommandHandler<RebuildAnalyticsCommand> {
  constructor(
    private readonly orm: MikroORM,
    private readonly projector: AnalyticsProjector,
  ) {}

  execute({ batchSize }: RebuildAnalyticsCommand): Promise<{ replayed: number }> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      await tx.execute(
        `truncate analytics.shops, analytics.shop_orders, analytics.order_items,
                  analytics.allocations, analytics.refunds`,
      );
      const replayed = await replayOutbox(tx, CONSUMED_EVENT_TYPES, batchSize, (event) =>
        this.projector.apply(event, tx),
      );
      return { replayed };
    });
  }
}
