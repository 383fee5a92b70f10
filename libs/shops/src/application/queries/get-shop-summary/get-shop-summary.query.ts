import { Query } from '@nestjs/cqrs';
import { ShopSummary } from './shop-summary.view';

/** Public query for other contexts (inventory checks shop ownership with it); null if unknown. */
export class GetShopSummaryQuery extends Query<ShopSummary | null> {
  constructor(readonly shopId: string) {
    super();
  }
}
