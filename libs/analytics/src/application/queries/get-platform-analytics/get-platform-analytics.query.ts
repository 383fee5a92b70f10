import { Query } from '@nestjs/cqrs';
import { AnalyticsRange } from '../analytics-range';
import { PlatformAnalyticsView } from './platform-analytics.view';

export class GetPlatformAnalyticsQuery extends Query<PlatformAnalyticsView> {
  constructor(readonly range: AnalyticsRange) {
    super();
  }
}
