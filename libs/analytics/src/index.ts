// The analytics context's public face. Other contexts and apps import only from here.
export { AnalyticsModule } from './analytics.module';
export { ANALYTICS_ENTITIES } from './analytics.entities';
