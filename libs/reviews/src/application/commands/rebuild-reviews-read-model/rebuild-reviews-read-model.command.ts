import { Command } from '@nestjs/cqrs';

export interface RebuildReviewsReadModelResult {
  /** Catalog, shop and ordering events replayed into the local facts tables. */
  replayed: number;
  /** Rating summaries recounted (products with an approved review or a summary already). */
  summaries: number;
  /** Of those, the summaries whose numbers were wrong and now announce the right ones. */
  corrected: number;
}

/**
 * Rebuilds what the reviews context derives from events and from its reviews: empties the local
 * facts tables (products, purchased and received items, shop owners and offers), replays their
 * events oldest first from `shared.outbox`, and recounts every rating summary from the approved
 * reviews. Reviews and votes are source data and stay. One transaction: reads and moderation
 * wait for it rather than see half-built tables.
 */
export class RebuildReviewsReadModelCommand extends Command<RebuildReviewsReadModelResult> {
  constructor(readonly batchSize = 1000) {
    super();
  }
}
