import { ApiProperty } from '@nestjs/swagger';
import { REVIEW_STATUSES, ReviewStatus } from '../../../domain/review/review.aggregate';

export class ReviewReplyView {
  @ApiProperty()
  text!: string;

  @ApiProperty({ format: 'uuid', description: 'The shop that answered' })
  shopId!: string;

  @ApiProperty()
  repliedAt!: string;
}

/** An approved review as everyone sees it. */
export class PublicReviewView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  productId!: string;

  @ApiProperty({ minimum: 1, maximum: 5 })
  rating!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ description: 'The reviewer received the product (delivered or completed)' })
  verified!: boolean;

  @ApiProperty()
  helpfulCount!: number;

  @ApiProperty()
  notHelpfulCount!: number;

  @ApiProperty({ type: ReviewReplyView, nullable: true })
  reply!: ReviewReplyView | null;

  @ApiProperty()
  createdAt!: string;
}

/** A review with its moderation state, for its author and admins. */
export class ReviewView extends PublicReviewView {
  @ApiProperty({ format: 'uuid' })
  buyerId!: string;

  @ApiProperty({ enum: REVIEW_STATUSES })
  status!: ReviewStatus;

  @ApiProperty({ type: String, nullable: true, description: 'Why an admin rejected it' })
  rejectReason!: string | null;

  @ApiProperty({ type: String, nullable: true })
  moderatedAt!: string | null;

  @ApiProperty()
  updatedAt!: string;
}

export const REVIEW_COLUMNS = `id, product_id, buyer_id, rating, title, text, status, reject_reason,
  verified, helpful_count, not_helpful_count, reply_text, reply_shop_id, replied_at,
  moderated_at, created_at, updated_at`;

export interface ReviewRow {
  id: string;
  product_id: string;
  buyer_id: string;
  rating: number;
  title: string;
  text: string;
  status: ReviewStatus;
  reject_reason: string | null;
  verified: boolean;
  helpful_count: number;
  not_helpful_count: number;
  reply_text: string | null;
  reply_shop_id: string | null;
  replied_at: Date | null;
  moderated_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export const toPublicReviewView = (row: ReviewRow): PublicReviewView => ({
  id: row.id,
  productId: row.product_id,
  rating: row.rating,
  title: row.title,
  text: row.text,
  verified: row.verified,
  helpfulCount: row.helpful_count,
  notHelpfulCount: row.not_helpful_count,
  reply:
    row.reply_text === null
      ? null
      : {
          text: row.reply_text,
          shopId: row.reply_shop_id!,
          repliedAt: new Date(row.replied_at!).toISOString(),
        },
  createdAt: new Date(row.created_at).toISOString(),
});

export const toReviewView = (row: ReviewRow): ReviewView => ({
  ...toPublicReviewView(row),
  buyerId: row.buyer_id,
  status: row.status,
  rejectReason: row.reject_reason,
  moderatedAt: row.moderated_at ? new Date(row.moderated_at).toISOString() : null,
  updatedAt: new Date(row.updated_at).toISOString(),
});
