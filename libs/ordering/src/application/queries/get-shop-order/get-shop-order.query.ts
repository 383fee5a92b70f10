import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { SellerShopOrderView } from './seller-shop-order.view';

/** One ShopOrder for the seller of its shop (or an admin); anyone else gets a 404. */
export class GetShopOrderQuery extends Query<SellerShopOrderView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopOrderId: string,
  ) {
    super();
  }
}
