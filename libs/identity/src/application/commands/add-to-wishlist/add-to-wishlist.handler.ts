import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { ProductExistsQuery } from '@pasar/catalog';
import { NotFoundError } from '@pasar/shared';
import { WishlistRepository } from '../../../domain/wishlist/wishlist.repository';
import { AddToWishlistCommand } from './add-to-wishlist.command';

@CommandHandler(AddToWishlistCommand)
export class AddToWishlistHandler implements ICommandHandler<AddToWishlistCommand> {
  constructor(
    private readonly wishlist: WishlistRepository,
    private readonly queries: QueryBus,
  ) {}

  async execute({ userId, productId }: AddToWishlistCommand): Promise<void> {
    if (!(await this.queries.execute(new ProductExistsQuery(productId)))) {
      throw new NotFoundError('IDENTITY.PRODUCT_NOT_FOUND', 'Product', productId);
    }
    await this.wishlist.add(userId, productId, new Date());
  }
}
