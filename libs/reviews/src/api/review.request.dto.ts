import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { PageQuery, Text } from '@pasar/shared';
import {
  REASON_MAX,
  REPLY_MAX,
  REVIEW_STATUSES,
  ReviewStatus,
  TEXT_MAX,
  TITLE_MAX,
} from '../domain/review/review.aggregate';
import {
  REVIEW_SORTS,
  ReviewSort,
} from '../application/queries/list-product-reviews/list-product-reviews.query';

export class WriteReviewDto {
  @ApiProperty({ minimum: 1, maximum: 5, example: 5 })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @ApiProperty({ maxLength: TITLE_MAX, example: 'Fits well' })
  @Text(TITLE_MAX)
  title!: string;

  @ApiProperty({ maxLength: TEXT_MAX, example: 'Good cotton, true to size.' })
  @Text(TEXT_MAX)
  text!: string;
}

export class ProductReviewsQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: REVIEW_SORTS, default: 'newest' })
  @IsOptional()
  @IsIn(REVIEW_SORTS)
  sort: ReviewSort = 'newest';
}

export class ModerationQueueQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: REVIEW_STATUSES, default: 'pending' })
  @IsOptional()
  @IsIn(REVIEW_STATUSES)
  status: ReviewStatus = 'pending';
}

export class RejectReviewDto {
  @ApiProperty({ maxLength: REASON_MAX, example: 'Contains personal data' })
  @Text(REASON_MAX)
  reason!: string;
}

export class VoteDto {
  @ApiProperty({ description: 'true: helpful; false: not helpful' })
  @IsBoolean()
  helpful!: boolean;
}

export class ReplyDto {
  @ApiProperty({ maxLength: REPLY_MAX, example: 'Thank you for your review!' })
  @Text(REPLY_MAX)
  text!: string;
}
