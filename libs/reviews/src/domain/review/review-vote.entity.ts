import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One user's helpful / not-helpful vote on a review; one per (review, voter). */
@Entity({ schema: 'reviews', tableName: 'review_votes' })
export class ReviewVote {
  @PrimaryKey({ type: 'uuid' })
  readonly reviewId: string;

  @PrimaryKey({ type: 'uuid' })
  readonly voterId: string;

  @Property({ type: 'boolean' })
  readonly helpful: boolean;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  constructor(reviewId: string, voterId: string, helpful: boolean, now: Date) {
    this.reviewId = reviewId;
    this.voterId = voterId;
    this.helpful = helpful;
    this.createdAt = now;
  }
}
