import { Command } from '@nestjs/cqrs';

/**
 * Empties the search read model and replays every event it is built from, oldest first, from
 * `shared.outbox` through the same projections the live consumer uses. One transaction (the
 * truncate locks the tables): buyer reads wait for it instead of seeing a half-built model.
 */
export class RebuildSearchIndexCommand extends Command<{ replayed: number }> {
  constructor(readonly batchSize = 500) {
    super();
  }
}
