import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { RebuildReviewsReadModelHandler } from './application/commands/rebuild-reviews-read-model/rebuild-reviews-read-model.handler';
import { ModerateReviewHandler } from './application/commands/moderate-review/moderate-review.handler';
import { ReplyToReviewHandler } from './application/commands/reply-to-review/reply-to-review.handler';
import { VoteOnReviewHandler } from './application/commands/vote-on-review/vote-on-review.handler';
import { WriteReviewHandler } from './application/commands/write-review/write-review.handler';
import { ReviewFactsProjector } from './application/projections/review-facts-projector';
import { GetProductRatingHandler } from './application/queries/get-product-rating/get-product-rating.handler';
import { GetReviewHandler } from './application/queries/get-review/get-review.handler';
import { ListMyReviewsHandler } from './application/queries/list-my-reviews/list-my-reviews.handler';
import { ListProductReviewsHandler } from './application/queries/list-product-reviews/list-product-reviews.handler';
import { ListReviewsForModerationHandler } from './application/queries/list-reviews-for-moderation/list-reviews-for-moderation.handler';
import { AdminReviewsController } from './api/admin-reviews.controller';
import { MyReviewsController, ProductReviewsController } from './api/product-reviews.controller';
import { ReviewsController } from './api/reviews.controller';
import { RatingSummaryRepository } from './domain/rating-summary/rating-summary.repository';
import { ReviewFacts } from './domain/review/review-facts';
import { ReviewRepository } from './domain/review/review.repository';
import { ReviewFactsConsumer } from './infrastructure/jobs/review-facts.consumer';
import { MikroOrmRatingSummaryRepository } from './infrastructure/persistence/mikro-orm-rating-summary.repository';
import { MikroOrmReviewRepository } from './infrastructure/persistence/mikro-orm-review.repository';
import { SqlReviewFacts } from './infrastructure/persistence/sql-review-facts';
import { REVIEWS_ENTITIES } from './reviews.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...REVIEWS_ENTITIES])],
  controllers: [
    ProductReviewsController,
    MyReviewsController,
    ReviewsController,
    AdminReviewsController,
  ],
  providers: [
    { provide: ReviewRepository, useClass: MikroOrmReviewRepository },
    { provide: RatingSummaryRepository, useClass: MikroOrmRatingSummaryRepository },
    { provide: ReviewFacts, useClass: SqlReviewFacts },
    ReviewFactsProjector,
    ReviewFactsConsumer,
    RebuildReviewsReadModelHandler,
    WriteReviewHandler,
    ModerateReviewHandler,
    VoteOnReviewHandler,
    ReplyToReviewHandler,
    GetReviewHandler,
    ListProductReviewsHandler,
    GetProductRatingHandler,
    ListMyReviewsHandler,
    ListReviewsForModerationHandler,
  ],
})
export class ReviewsModule {}
