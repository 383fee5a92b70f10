import { Command } from '@nestjs/cqrs';

/** Empties the analytics tables and replays, in outbox order, the events they are built from. */
export class RebuildAnalyticsCommand extends Command<{ replayed: number }> {
  constructor(readonly batchSize = 1000) {
    super();
  }
}
