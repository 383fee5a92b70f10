// The analytics context's public face. Other contexts and apps import only from here.
export { AnalyticsModule } from './analytics.module';
export { ANALYTICS_ENTITIES } from './analytics.entities';
export { RebuildAnalyticsCommand } from './application/commands/rebuild-analytics/rebuild-analytics.command';
export { GetShopAnalyticsQuery } from './application/queries/get-shop-analytics/get-shop-analytics.query';
export { ShopAnalyticsView } from './application/queries/get-shop-analytics/shop-analytics.view';
export { GetPlatformAnalyticsQuery } from './application/queries/get-platform-analytics/get-platform-analytics.query';
export { PlatformAnalyticsView } from './application/queries/get-platform-analytics/platform-analytics.view';
