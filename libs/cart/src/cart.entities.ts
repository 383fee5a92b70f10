import { CartLine } from './domain/cart/cart-line.entity';
import { Cart } from './domain/cart/cart.aggregate';
import { PromotionRedemption } from './domain/promotion/promotion-redemption.entity';
import { Promotion } from './domain/promotion/promotion.aggregate';

/** Every table of the cart schema (the migration CLI and the module both use this list). */
export const CART_ENTITIES = [Cart, CartLine, Promotion, PromotionRedemption];
