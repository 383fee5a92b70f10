import { RatingSummary } from './domain/rating-summary/rating-summary.aggregate';
import { ReviewVote } from './domain/review/review-vote.entity';
import { Review } from './domain/review/review.aggregate';
import { PurchasedItem } from './infrastructure/read-model/purchased-item.entity';
import { ReceivedShopOrder } from './infrastructure/read-model/received-shop-order.entity';
import { ReviewableProduct } from './infrastructure/read-model/reviewable-product.entity';
import { ShopOffer } from './infrastructure/read-model/shop-offer.entity';
import { ShopOwner } from './infrastructure/read-model/shop-owner.entity';

/** Every table of the reviews schema (the migration CLI and the module both use this list). */
export const REVIEWS_ENTITIES = [
  Review,
  ReviewVote,
  RatingSummary,
  PurchasedItem,
  ReceivedShopOrder,
  ShopOwner,
  ShopOffer,
  ReviewableProduct,
];
