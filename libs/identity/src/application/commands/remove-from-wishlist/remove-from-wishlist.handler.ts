import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '@pasar/shared';
import { WishlistRepository } from '../../../domain/wishlist/wishlist.repository';
import { RemoveFromWishlistCommand } from './remove-from-wishlist.command';

@CommandHandler(RemoveFromWishlistCommand)
export class RemoveFromWishlistHandler implements ICommandHandler<RemoveFromWishlistCommand> {
  constructor(private readonly wishlist: WishlistRepository) {}

  async execute({ userId, productId }: RemoveFromWishlistCommand): Promise<void> {
    if (!(await this.wishlist.remove(userId, productId))) {
      throw new NotFoundError('IDENTITY.WISHLIST_ITEM_NOT_FOUND', 'Wishlist item', productId);
    }
  }
}
