import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { replayOutbox } from '@pasar/shared';
import { CONSUMED_EVENT_TYPES } from '../../../contracts/consumed-events';
import { ListingRecalculator } from '../../projections/listing-recalculator';
import { SearchProjector } from '../../projections/search-projector';
import { bumpReadModelVersion } from '../../read-model-version';
import { RebuildSearchIndexCommand } from './rebuild-search-index.command';

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
      const replayed = await replayOutbox(tx, CONSUMED_EVENT_TYPES, batchSize, (event) =>
        this.projector.apply(event, tx),
      );
      await this.listing.recomputeDeferred(tx, batchSize);
      // Once for the whole rebuild, not per replayed event: one row version, not thousands.
      await bumpReadModelVersion(tx);
      return { replayed };
    });
  }
}
