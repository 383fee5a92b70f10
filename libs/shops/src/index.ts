// The shops context's public face. Other contexts and apps import only from here.
export { ShopsModule } from './shops.module';
export { SHOPS_ENTITIES } from './shops.entities';
export { GetShopSummaryQuery } from './application/queries/get-shop-summary/get-shop-summary.query';
export type { ShopSummary } from './application/queries/get-shop-summary/shop-summary.view';
