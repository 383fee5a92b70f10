import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { AnalyticsRange } from '../analytics-range';
import { ShopAnalyticsView } from './shop-analytics.view';

export class GetShopAnalyticsQuery extends Query<ShopAnalyticsView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly range: AnalyticsRange,
  ) {
    super();
  }
}
