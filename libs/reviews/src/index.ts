// The reviews context's public face. Other contexts and apps import only from here.
export { ReviewsModule } from './reviews.module';
export { REVIEWS_ENTITIES } from './reviews.entities';
