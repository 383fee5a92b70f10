import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { ANALYTICS_ENTITIES } from './analytics.entities';

@Module({
  imports: [MikroOrmModule.forFeature([...ANALYTICS_ENTITIES])],
  controllers: [],
  providers: [],
})
export class AnalyticsModule {}
