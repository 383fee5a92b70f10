import { Query } from '@nestjs/cqrs';
import { PublicShopView } from './public-shop.view';

/** An active shop by its slug, for anyone; an inactive or unknown shop is a 404. */
export class GetPublicShopQuery extends Query<PublicShopView> {
  constructor(readonly slug: string) {
    super();
  }
}
