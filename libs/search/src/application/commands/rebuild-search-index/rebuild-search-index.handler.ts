import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../../contracts/consumed-events';
import { ListingRecalculator } from '../../projections/listing-recalculator';
import { pgArray } from '../../projections/pg';
import { SearchProjector } from '../../projections/search-projector';
import { RebuildSearchIndexCommand } from './rebuild-search-index.command';

interface OutboxRow {
  position: string;
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

@CommandHandler(RebuildSearchIndexCommand)
export class RebuildSearchIndexHandler implements ICommandHandler<RebuildSearchIndexCommand> {
  constructor(
    private readonly orm: MikroORM,
    private readonly projector: SearchProjector,
    private readonly listing: ListingRecalculator,
  ) {}

  execute({ batchSize }: RebuildSearchIndexCommand): Promise<{ replayed: number }> {
    const em = this.orm.em.fork() as EntityManager;
    return em.transactional(async (tx) => {
      await tx.execute(
        `truncate search.products, search.offers, search.shops, search.categories,
                  search.availability, search.ratings`,
      );
      this.listing.holdsTablesExclusively(tx);
      let replayed = 0;
      let after = '0';
      for (;;) {
        const rows = await tx.execute<OutboxRow[]>(
          `select position, id, type, aggregate_type, aggregate_id, payload, occurred_at
             from shared.outbox where type = any(?::text[]) and position > ?
            order by position limit ?`,
          [pgArray(CONSUMED_EVENT_TYPES), after, batchSize],
        );
        for (const row of rows) await this.projector.apply(toEnvelope(row), tx);
        replayed += rows.length;
        if (rows.length < batchSize) return { replayed };
        after = rows[rows.length - 1].position;
      }
    });
  }
}

function toEnvelope(row: OutboxRow): EventEnvelope {
  return {
    id: row.id,
    type: row.type,
    aggregateType: row.aggregate_type,
    aggregateId: row.aggregate_id,
    occurredAt: new Date(row.occurred_at).toISOString(),
    payload: row.payload,
  };
}
