import { ReviewVote } from './review-vote.entity';
import { Review } from './review.aggregate';

/** DI token and port; implemented with MikroORM in infrastructure/persistence. */
export abstract class ReviewRepository {
  /** Loads the review, locking its row until the transaction ends. */
  abstract findByIdForUpdate(id: string): Promise<Review | null>;
  abstract hasReviewed(buyerId: string, productId: string): Promise<boolean>;
  /** Persists the review (and a vote cast on it) and flushes the unit of work. */
  abstract save(review: Review, vote?: ReviewVote): Promise<void>;
}
