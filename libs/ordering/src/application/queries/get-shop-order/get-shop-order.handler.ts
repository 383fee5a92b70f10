import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { shopOrderNotFound } from '../../../domain/shop-order/shop-order.errors';
import { OrderViews } from '../../services/order-views';
import { ShopAccess } from '../../services/shop-access';
import { GetShopOrderQuery } from './get-shop-order.query';
import { SellerShopOrderView } from './seller-shop-order.view';

@QueryHandler(GetShopOrderQuery)
export class GetShopOrderHandler implements IQueryHandler<GetShopOrderQuery> {
  constructor(
    private readonly views: OrderViews,
    private readonly access: ShopAccess,
  ) {}

  async execute({ actor, shopOrderId }: GetShopOrderQuery): Promise<SellerShopOrderView> {
    const [shopOrder] = await this.views.sellerShopOrders([shopOrderId]);
    if (!shopOrder || !(await this.access.manages(actor, shopOrder.shopId))) {
      throw shopOrderNotFound(shopOrderId);
    }
    return shopOrder;
  }
}
