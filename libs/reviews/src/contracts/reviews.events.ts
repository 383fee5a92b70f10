// Integration events of the reviews context: their type strings and payloads. They leave through
// the outbox and arrive as BullMQ jobs named by `type` (queue `domain-events`).

export const RATING_SUMMARY_CHANGED = 'reviews.rating-summary-changed';

export interface RatingHistogram {
  '1': number;
  '2': number;
  '3': number;
  '4': number;
  '5': number;
}

/**
 * The approved reviews of a product changed (one appeared, changed or disappeared): the whole
 * new summary. `average` has 2 decimals and is 0 when `count` is 0.
 */
export interface RatingSummaryChangedPayload {
  productId: string;
  average: number;
  count: number;
  histogram: RatingHistogram;
}
