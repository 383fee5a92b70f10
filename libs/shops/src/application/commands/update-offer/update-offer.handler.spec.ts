import { EntityManager } from '@mikro-orm/postgresql';
import { Money } from '../../../domain/offer/money.vo';
import { ShopProduct } from '../../../domain/offer/shop-product.aggregate';
import { ShopProductRepository } from '../../../domain/offer/shop-product.repository';
import { Shop } from '../../../domain/shop/shop.aggregate';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { UpdateOfferCommand } from './update-offer.command';
import { UpdateOfferHandler } from './update-offer.handler';

const ownerId = '7d3c1f0e-1111-4222-8333-944455556666';
const owner = { id: ownerId, role: 'seller' as const };

function setup() {
  const now = new Date();
  const shop = Shop.open({ ownerId, name: 'Toko', slug: 'toko', now });
  const offer = ShopProduct.offer({
    shopId: shop.id,
    variant: {
      variantId: '5a1e2c3d-1111-4222-8333-944455556666',
      productId: '9f8e7d6c-1111-4222-8333-944455556666',
      productStatus: 'active',
    },
    price: Money.of(1999, 'IDR'),
    compareAtPrice: Money.of(2999, 'IDR'),
    now,
  });
  offer.pullEvents();
  const shops = { findById: jest.fn(async () => shop) } as unknown as ShopRepository;
  const offers = {
    findInShopForUpdate: jest.fn(async (_shopId: string, id: string) =>
      id === offer.id ? offer : null,
    ),
    save: jest.fn(async () => undefined),
  } as unknown as ShopProductRepository;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  return { handler: new UpdateOfferHandler(em, shops, offers), shop, offer, offers };
}

describe('UpdateOfferHandler', () => {
  it('changes the price and keeps the compare-at price that was not sent', async () => {
    const { handler, shop, offer, offers } = setup();
    await handler.execute(
      new UpdateOfferCommand(owner, shop.id, offer.id, {
        price: { amount: 2499, currency: 'IDR' },
      }),
    );
    expect(offer.price.amount).toBe(2499);
    expect(offer.compareAtPrice?.amount).toBe(2999);
    expect(offers.save).toHaveBeenCalledWith(offer);
  });

  it('clears the compare-at price when sent null', async () => {
    const { handler, shop, offer } = setup();
    await handler.execute(
      new UpdateOfferCommand(owner, shop.id, offer.id, { compareAtPrice: null }),
    );
    expect(offer.compareAtPrice).toBeNull();
  });

  it('does not write when nothing changed', async () => {
    const { handler, shop, offer, offers } = setup();
    await handler.execute(new UpdateOfferCommand(owner, shop.id, offer.id, { active: true }));
    expect(offers.save).not.toHaveBeenCalled();
  });

  it("answers another seller's attempt as if the shop did not exist", async () => {
    const { handler, shop, offer, offers } = setup();
    await expect(
      handler.execute(
        new UpdateOfferCommand({ id: 'x', role: 'seller' }, shop.id, offer.id, { active: false }),
      ),
    ).rejects.toMatchObject({ code: 'SHOPS.SHOP_NOT_FOUND' });
    expect(offers.findInShopForUpdate).not.toHaveBeenCalled();
  });

  it('answers 404 for an offer that is not in the shop', async () => {
    const { handler, shop } = setup();
    await expect(
      handler.execute(new UpdateOfferCommand(owner, shop.id, 'elsewhere', { active: false })),
    ).rejects.toMatchObject({ code: 'SHOPS.OFFER_NOT_FOUND' });
  });
});
