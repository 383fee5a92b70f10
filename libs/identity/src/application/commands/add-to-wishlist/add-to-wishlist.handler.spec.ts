import { QueryBus } from '@nestjs/cqrs';
import { ProductExistsQuery } from '@pasar/catalog';
import { WishlistRepository } from '../../../domain/wishlist/wishlist.repository';
import { AddToWishlistCommand } from './add-to-wishlist.command';
import { AddToWishlistHandler } from './add-to-wishlist.handler';

describe('AddToWishlistHandler', () => {
  const setup = (exists: boolean) => {
    const wishlist = { add: jest.fn().mockResolvedValue(undefined), remove: jest.fn() };
    const queries = { execute: jest.fn().mockResolvedValue(exists) };
    const handler = new AddToWishlistHandler(
      wishlist as unknown as WishlistRepository,
      queries as unknown as QueryBus,
    );
    return { handler, wishlist, queries };
  };

  it('adds a product the catalog knows', async () => {
    const { handler, wishlist, queries } = setup(true);
    await handler.execute(new AddToWishlistCommand('user-1', 'product-1'));
    expect(queries.execute).toHaveBeenCalledWith(new ProductExistsQuery('product-1'));
    expect(wishlist.add).toHaveBeenCalledWith('user-1', 'product-1', expect.any(Date));
  });

  it('refuses a product the catalog does not know with IDENTITY.PRODUCT_NOT_FOUND', async () => {
    const { handler, wishlist } = setup(false);
    await expect(
      handler.execute(new AddToWishlistCommand('user-1', 'product-1')),
    ).rejects.toMatchObject({ code: 'IDENTITY.PRODUCT_NOT_FOUND', kind: 'not_found' });
    expect(wishlist.add).not.toHaveBeenCalled();
  });
});
