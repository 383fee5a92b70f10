// The cart context's public face. Other contexts and apps import only from here.
export { CartModule } from './cart.module';
export { CART_ENTITIES } from './cart.entities';
export { PriceCartQuery } from './application/queries/price-cart/price-cart.query';
export {
  PricedCart,
  PricedCartShop,
  PricedCartLine,
  CartShippingOption,
  AppliedPromotion,
} from './application/queries/price-cart/priced-cart.view';
export { RedeemPromotionCommand } from './application/commands/redeem-promotion/redeem-promotion.command';
export { ReleasePromotionRedemptionCommand } from './application/commands/release-promotion-redemption/release-promotion-redemption.command';
export { EmptyCartCommand } from './application/commands/empty-cart/empty-cart.command';
