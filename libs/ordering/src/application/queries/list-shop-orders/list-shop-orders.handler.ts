import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { normalizeOrderNumber } from '../../../domain/order/order-number';
import { OrderViews } from '../../services/order-views';
import { ShopAccess } from '../../services/shop-access';
import { SellerShopOrderView } from '../get-shop-order/seller-shop-order.view';
import { ListShopOrdersQuery } from './list-shop-orders.query';

@QueryHandler(ListShopOrdersQuery)
export class ListShopOrdersHandler implements IQueryHandler<ListShopOrdersQuery> {
  constructor(
    private readonly views: OrderViews,
    private readonly access: ShopAccess,
  ) {}

  async execute(query: ListShopOrdersQuery): Promise<Page<SellerShopOrderView>> {
    const { actor, shopId, status, limit, offset, orderNumber } = query;
    await this.access.assertManages(actor, shopId);
    if (orderNumber === undefined)
      return this.views.shopOrdersOfShop(shopId, status, limit, offset);
    // A number that cannot be one matches nothing (an empty page, as for an unknown number).
    const number = normalizeOrderNumber(orderNumber) ?? '';
    return this.views.shopOrdersOfShop(shopId, status, limit, offset, number);
  }
}
