import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { ShopView } from '../get-shop/shop.view';

/** The shops a seller owns, newest first. */
export class ListMyShopsQuery extends Query<Page<ShopView>> {
  constructor(
    readonly ownerId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
