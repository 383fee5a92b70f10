import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { WishlistRepository } from '../../../domain/wishlist/wishlist.repository';
import { AddToWishlistCommand } from './add-to-wishlist.command';

@CommandHandler(AddToWishlistCommand)
export class AddToWishlistHandler implements ICommandHandler<AddToWishlistCommand> {
  constructor(private readonly wishlist: WishlistRepository) {}

  execute({ userId, productId }: AddToWishlistCommand): Promise<void> {
    return this.wishlist.add(userId, productId, new Date());
  }
}
