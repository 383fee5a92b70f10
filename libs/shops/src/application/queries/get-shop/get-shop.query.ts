import { Query } from '@nestjs/cqrs';
import { Actor } from '@pasar/shared';
import { ShopView } from './shop.view';

/** One shop, active or not, for its owner (or an admin); anyone else gets a 404. */
export class GetShopQuery extends Query<ShopView> {
  constructor(
    readonly actor: Pick<Actor, 'id' | 'role'>,
    readonly shopId: string,
  ) {
    super();
  }
}
