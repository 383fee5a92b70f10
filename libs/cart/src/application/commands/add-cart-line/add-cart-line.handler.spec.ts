import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { CartLine } from '../../../domain/cart/cart-line.entity';
import { Cart } from '../../../domain/cart/cart.aggregate';
import { CartRepository } from '../../../domain/cart/cart.repository';
import { SellableOffers } from '../../services/sellable-offers';
import { AddCartLineCommand } from './add-cart-line.command';
import { AddCartLineHandler } from './add-cart-line.handler';

function setup(existing: Cart | null) {
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const saved: Cart[] = [];
  const carts: CartRepository = {
    findByBuyerForUpdate: jest.fn(async () => existing),
    save: jest.fn(async (cart: Cart) => {
      saved.push(cart);
    }),
    empty: jest.fn(),
  };
  const check = jest.fn(async (offerId: string) => ({
    offerId,
    shopId: 'shop-1',
    variantId: `variant-of-${offerId}`,
    currency: 'IDR',
  }));
  const offers = { check } as unknown as SellableOffers;
  return { handler: new AddCartLineHandler(em, carts, offers), saved, check };
}

describe('AddCartLineHandler', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([Cart, CartLine]);
  });
  afterAll(() => orm.close());

  it('opens a cart for a buyer who has none and saves the line', async () => {
    const { handler, saved, check } = setup(null);
    const { lineId } = await handler.execute(new AddCartLineCommand('buyer-1', 'offer-1', 2));
    expect(check).toHaveBeenCalledWith('offer-1', 2);
    expect(saved).toHaveLength(1);
    expect(saved[0].buyerId).toBe('buyer-1');
    expect(saved[0].line(lineId)).toMatchObject({ offerId: 'offer-1', quantity: 2 });
  });

  it('checks the stock for the merged quantity when the offer is already in the cart', async () => {
    const cart = Cart.open('buyer-1', new Date());
    const line = cart.addLine(
      { offerId: 'offer-1', shopId: 'shop-1', variantId: 'v', currency: 'IDR' },
      3,
      new Date(),
    );
    const { handler, check } = setup(cart);
    const result = await handler.execute(new AddCartLineCommand('buyer-1', 'offer-1', 4));
    expect(check).toHaveBeenCalledWith('offer-1', 7);
    expect(result.lineId).toBe(line.id);
    expect(line.quantity).toBe(7);
  });

  it('refuses a bad quantity before asking anyone about the offer', async () => {
    const { handler, check, saved } = setup(null);
    await expect(
      handler.execute(new AddCartLineCommand('buyer-1', 'offer-1', 0)),
    ).rejects.toMatchObject({ code: 'CART.INVALID_QUANTITY' });
    expect(check).not.toHaveBeenCalled();
    expect(saved).toHaveLength(0);
  });
});
