// The reviews context's public face. Other contexts and apps import only from here.
export { ReviewsModule } from './reviews.module';
export { REVIEWS_ENTITIES } from './reviews.entities';
export * from './contracts/reviews.events';
export { WriteReviewCommand } from './application/commands/write-review/write-review.command';
export { ModerateReviewCommand } from './application/commands/moderate-review/moderate-review.command';
export {
  RebuildReviewsReadModelCommand,
  RebuildReviewsReadModelResult,
} from './application/commands/rebuild-reviews-read-model/rebuild-reviews-read-model.command';
export { GetProductRatingQuery } from './application/queries/get-product-rating/get-product-rating.query';
export { ProductRatingView } from './application/queries/get-product-rating/product-rating.view';
export { PublicReviewView, ReviewView } from './application/queries/get-review/review.view';
