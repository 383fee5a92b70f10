import { Query } from '@nestjs/cqrs';
import { Actor, Page } from '@pasar/shared';
import { ShopOrderStatus } from '../../../domain/shop-order/shop-order-status';
import { SellerShopOrderView } from '../get-shop-order/seller-shop-order.view';

/**
 * A shop's ShopOrders, newest first, optionally of one status or of one order number (as typed);
 * for its seller (or an admin).
 */
export class ListShopOrdersQuery extends Query<Page<SellerShopOrderView>> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
    readonly status: ShopOrderStatus | undefined,
    readonly limit: number,
    readonly offset: number,
    readonly orderNumber?: string,
  ) {
    super();
  }
}
