import { Injectable } from '@nestjs/common';
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { ReviewVote } from '../../domain/review/review-vote.entity';
import { Review } from '../../domain/review/review.aggregate';
import { AlreadyReviewedError, AlreadyVotedError } from '../../domain/review/review.errors';
import { ReviewRepository } from '../../domain/review/review.repository';

@Injectable()
export class MikroOrmReviewRepository extends ReviewRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  findByIdForUpdate(id: string): Promise<Review | null> {
    return this.em.findOne(Review, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
  }

  async hasReviewed(buyerId: string, productId: string): Promise<boolean> {
    const [row] = await this.em.execute<unknown[]>(
      'select 1 from reviews.reviews where buyer_id = ? and product_id = ? limit 1',
      [buyerId, productId],
    );
    return row !== undefined;
  }

  async save(review: Review, vote?: ReviewVote): Promise<void> {
    this.em.persist(review);
    if (vote) this.em.persist(vote);
    try {
      await this.em.flush();
    } catch (error) {
      // A race past the handler's check: the unique keys decide.
      if (error instanceof UniqueConstraintViolationException) {
        throw vote ? new AlreadyVotedError(review.id) : new AlreadyReviewedError(review.productId);
      }
      throw error;
    }
  }
}
