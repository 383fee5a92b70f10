import { Query } from '@nestjs/cqrs';
import { Page } from '@pasar/shared';
import { WishlistItemView } from './wishlist-item.view';

/** The user's wishlist, newest first. */
export class ListWishlistQuery extends Query<Page<WishlistItemView>> {
  constructor(
    readonly userId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
