import { RatingHistogram } from '../../contracts/reviews.events';
import { RatingSummary } from './rating-summary.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class RatingSummaryRepository {
  /** The product's summary (created empty when missing), its row locked until the transaction ends. */
  abstract lock(productId: string): Promise<RatingSummary>;
  /** Counts the product's approved reviews by rating, as stored now. */
  abstract countApproved(productId: string): Promise<RatingHistogram>;
  abstract save(summary: RatingSummary): Promise<void>;
}
