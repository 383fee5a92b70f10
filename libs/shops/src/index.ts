// The shops context's public face. Other contexts and apps import only from here.
export { ShopsModule } from './shops.module';
export { SHOPS_ENTITIES } from './shops.entities';
export { GetShopSummaryQuery } from './application/queries/get-shop-summary/get-shop-summary.query';
export type { ShopSummary } from './application/queries/get-shop-summary/shop-summary.view';
export { GetOffersQuery } from './application/queries/get-offers/get-offers.query';
export type { OfferSummary } from './application/queries/get-offers/offer-summary.view';
export { GetShippingOptionsQuery } from './application/queries/get-shipping-options/get-shipping-options.query';
export type { ShippingOption } from './application/queries/get-shipping-options/shipping-option.view';
export type { ShippingPricing } from './domain/shipping/shipping-method.aggregate';
export { DefineShippingMethodCommand } from './application/commands/define-shipping-method/define-shipping-method.command';
export { OpenShopCommand } from './application/commands/open-shop/open-shop.command';
export { CreateOfferCommand } from './application/commands/create-offer/create-offer.command';
export { SHOP_SAVED, OFFER_SAVED } from './contracts/shops.events';
export type { ShopSavedPayload, OfferSavedPayload, MoneyPayload } from './contracts/shops.events';
