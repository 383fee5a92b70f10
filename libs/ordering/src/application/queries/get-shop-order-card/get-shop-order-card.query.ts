import { Query } from '@nestjs/cqrs';
import { ShopOrderCard } from './shop-order-card.view';

/**
 * Public query for other contexts (chat's order cards): one shop's part of an order as it
 * stands now, or null when that shop has no part in it. The caller checked who may see it.
 */
export class GetShopOrderCardQuery extends Query<ShopOrderCard | null> {
  constructor(
    readonly orderId: string,
    readonly shopId: string,
  ) {
    super();
  }
}
