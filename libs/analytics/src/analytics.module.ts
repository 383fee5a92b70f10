import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ANALYTICS_ENTITIES } from './analytics.entities';
import { AnalyticsController } from './api/analytics.controller';
import { RebuildAnalyticsHandler } from './application/commands/rebuild-analytics/rebuild-analytics.handler';
import { AnalyticsProjector } from './application/projections/analytics-projector';
import { GetPlatformAnalyticsHandler } from './application/queries/get-platform-analytics/get-platform-analytics.handler';
import { GetShopAnalyticsHandler } from './application/queries/get-shop-analytics/get-shop-analytics.handler';
import { AnalyticsProjectionConsumer } from './infrastructure/jobs/analytics-projection.consumer';

@Module({
  imports: [MikroOrmModule.forFeature([...ANALYTICS_ENTITIES])],
  controllers: [AnalyticsController],
  providers: [
    AnalyticsProjector,
    AnalyticsProjectionConsumer,
    RebuildAnalyticsHandler,
    GetShopAnalyticsHandler,
    GetPlatformAnalyticsHandler,
  ],
})
export class AnalyticsModule {}
