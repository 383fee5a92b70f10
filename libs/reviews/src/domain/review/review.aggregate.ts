import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { AggregateRoot } from '@pasar/shared/domain';
import { ReviewVote } from './review-vote.entity';
import {
  AlreadyRepliedError,
  IllegalReviewTransitionError,
  InvalidReviewError,
  OwnReviewVoteError,
  reviewNotFound,
} from './review.errors';

export const REVIEW_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Moderation: admins decide on pending reviews and may revise a decision later. */
const TRANSITIONS: Record<ReviewStatus, readonly ReviewStatus[]> = {
  pending: ['approved', 'rejected'],
  approved: ['rejected'],
  rejected: ['approved'],
};

export const TITLE_MAX = 120;
export const TEXT_MAX = 4000;
export const REASON_MAX = 500;
export const REPLY_MAX = 2000;

/** A buyer's rating (1–5) and words about a product; public once an admin approved it. */
@Entity({ schema: 'reviews', tableName: 'reviews' })
// Checks written as PostgreSQL prints them back, so `migration:create` sees no change.
@Check({ name: 'reviews_rating_check', expression: '(rating >= 1) AND (rating <= 5)' })
@Check({
  name: 'reviews_votes_check',
  expression: '(helpful_count >= 0) AND (not_helpful_count >= 0)',
})
@Check({
  name: 'reviews_reply_check',
  expression:
    '((reply_text IS NULL) = (reply_shop_id IS NULL)) AND ((reply_text IS NULL) = (replied_at IS NULL))',
})
@Unique({ name: 'reviews_buyer_product_unique', properties: ['buyerId', 'productId'] })
@Index({
  // The public list of a product's approved reviews.
  name: 'reviews_product_status_idx',
  expression:
    'create index "reviews_product_status_idx" on "reviews"."reviews" ("product_id", "status", "created_at")',
})
@Index({
  // The moderation queue, oldest first.
  name: 'reviews_status_created_idx',
  expression:
    'create index "reviews_status_created_idx" on "reviews"."reviews" ("status", "created_at")',
})
export class Review extends AggregateRoot {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string;

  @Property({ type: 'uuid' })
  readonly productId: string;

  @Property({ type: 'uuid' })
  readonly buyerId: string;

  @Property({ type: 'smallint' })
  readonly rating: number;

  @Property({ type: 'string', length: TITLE_MAX })
  readonly title: string;

  @Property({ type: 'text' })
  readonly text: string;

  @Enum({ items: () => REVIEW_STATUSES, fieldName: 'status' })
  private _status: ReviewStatus = 'pending';

  @Property({ type: 'string', length: REASON_MAX, nullable: true, fieldName: 'reject_reason' })
  private _rejectReason: string | null = null;

  @Property({ type: 'boolean', fieldName: 'verified' })
  private _verified: boolean;

  @Property({ type: 'integer', fieldName: 'helpful_count' })
  private _helpfulCount = 0;

  @Property({ type: 'integer', fieldName: 'not_helpful_count' })
  private _notHelpfulCount = 0;

  @Property({ type: 'text', nullable: true, fieldName: 'reply_text' })
  private _replyText: string | null = null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'reply_shop_id' })
  private _replyShopId: string | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'replied_at',
  })
  private _repliedAt: Date | null = null;

  @Property({
    type: 'datetime',
    columnType: 'timestamptz(3)',
    nullable: true,
    fieldName: 'moderated_at',
  })
  private _moderatedAt: Date | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  readonly createdAt: Date;

  @Property({ type: 'datetime', columnType: 'timestamptz(3)', fieldName: 'updated_at' })
  private _updatedAt: Date;

  private constructor(props: {
    productId: string;
    buyerId: string;
    rating: number;
    title: string;
    text: string;
    verified: boolean;
    now: Date;
  }) {
    super();
    this.id = randomUUID();
    this.productId = props.productId;
    this.buyerId = props.buyerId;
    this.rating = props.rating;
    this.title = props.title;
    this.text = props.text;
    this._verified = props.verified;
    this.createdAt = props.now;
    this._updatedAt = props.now;
  }

  /** A buyer writes a review; it waits for moderation. `verified`: they received the product. */
  static write(props: {
    productId: string;
    buyerId: string;
    rating: number;
    title: string;
    text: string;
    verified: boolean;
    now: Date;
  }): Review {
    if (!Number.isInteger(props.rating) || props.rating < 1 || props.rating > 5) {
      throw new InvalidReviewError('rating', 'A rating is a whole number from 1 to 5');
    }
    return new Review({
      ...props,
      title: required('title', props.title, TITLE_MAX),
      text: required('text', props.text, TEXT_MAX),
    });
  }

  get status(): ReviewStatus {
    return this._status;
  }
  get rejectReason(): string | null {
    return this._rejectReason;
  }
  get verified(): boolean {
    return this._verified;
  }
  get helpfulCount(): number {
    return this._helpfulCount;
  }
  get notHelpfulCount(): number {
    return this._notHelpfulCount;
  }
  get reply(): { text: string; shopId: string; repliedAt: Date } | null {
    return this._replyText === null
      ? null
      : { text: this._replyText, shopId: this._replyShopId!, repliedAt: this._repliedAt! };
  }

  /** Publishes the review. */
  approve(now: Date): void {
    this.moveTo('approved', now);
    this._rejectReason = null;
  }

  /** Refuses the review (or takes an approved one down), saying why. */
  reject(reason: string, now: Date): void {
    const why = required('reason', reason, REASON_MAX);
    this.moveTo('rejected', now);
    this._rejectReason = why;
  }

  /** Another user finds the review helpful or not; only public reviews take votes. */
  vote(voterId: string, helpful: boolean, now: Date): ReviewVote {
    if (this._status !== 'approved') throw reviewNotFound(this.id);
    if (voterId === this.buyerId) throw new OwnReviewVoteError();
    if (helpful) this._helpfulCount += 1;
    else this._notHelpfulCount += 1;
    this._updatedAt = now;
    return new ReviewVote(this.id, voterId, helpful, now);
  }

  /** The seller of a shop selling the product answers, once; only public reviews. */
  replyAs(shopId: string, text: string, now: Date): void {
    if (this._status !== 'approved') throw reviewNotFound(this.id);
    if (this._replyText !== null) throw new AlreadyRepliedError(this.id);
    this._replyText = required('text', text, REPLY_MAX);
    this._replyShopId = shopId;
    this._repliedAt = now;
    this._updatedAt = now;
  }

  private moveTo(next: ReviewStatus, now: Date): void {
    if (!TRANSITIONS[this._status].includes(next)) {
      throw new IllegalReviewTransitionError(this._status, next);
    }
    this._status = next;
    this._moderatedAt = now;
    this._updatedAt = now;
  }
}

function required(field: string, value: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new InvalidReviewError(field, `${field} has 1 to ${max} characters`);
  }
  return trimmed;
}
