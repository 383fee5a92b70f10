import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CONSUMED_EVENT_TYPES } from '../../../contracts/consumed-events';
import { AnalyticsProjector } from '../../projections/analytics-projector';
import { RebuildAnalyticsCommand } from './rebuild-analytics.command';

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

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
      let replayed = 0;
      let after = '0';
      for (;;) {
        const rows = await tx.execute<OutboxRow[]>(
          `select position, id, type, aggregate_type, aggregate_id, payload, occurred_at
             from shared.outbox where type = any(?::text[]) and position > ?
            order by position limit ?`,
          [`{${CONSUMED_EVENT_TYPES.join(',')}}`, after, batchSize],
        );
        for (const row of rows) {
          await this.projector.apply(
            {
              id: row.id,
              type: row.type,
              aggregateType: row.aggregate_type,
              aggregateId: row.aggregate_id,
              occurredAt: new Date(row.occurred_at).toISOString(),
              payload: row.payload,
            },
            tx,
          );
        }
        replayed += rows.length;
        if (rows.length < batchSize) return { replayed };
        after = rows[rows.length - 1].position;
      }
    });
  }
}
