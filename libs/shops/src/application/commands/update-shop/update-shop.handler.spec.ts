import { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { Shop } from '../../../domain/shop/shop.aggregate';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { UpdateShopCommand } from './update-shop.command';
import { UpdateShopHandler } from './update-shop.handler';

const ownerId = '7d3c1f0e-1111-4222-8333-944455556666';
const owner = { id: ownerId, role: 'seller' as const };

function setup(opts: { slugTaken?: boolean; saveError?: Error } = {}) {
  const shop = Shop.open({ ownerId, name: 'Toko', slug: 'toko', now: new Date() });
  shop.pullEvents();
  const shops = {
    findByIdForUpdate: jest.fn(async (id: string) => (id === shop.id ? shop : null)),
    isSlugTaken: jest.fn(async () => opts.slugTaken ?? false),
    save: jest.fn(async () => {
      if (opts.saveError) throw opts.saveError;
    }),
  } as unknown as ShopRepository;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  return { handler: new UpdateShopHandler(em, shops), shop, shops };
}

describe('UpdateShopHandler', () => {
  it('saves the changes of the owner', async () => {
    const { handler, shop, shops } = setup();
    await handler.execute(new UpdateShopCommand(owner, shop.id, { slug: 'toko-baru' }));
    expect(shops.isSlugTaken).toHaveBeenCalledWith('toko-baru', shop.id);
    expect(shops.save).toHaveBeenCalledWith(shop);
    expect(shop.slug).toBe('toko-baru');
  });

  it('does not write when nothing changed', async () => {
    const { handler, shop, shops } = setup();
    await handler.execute(new UpdateShopCommand(owner, shop.id, { name: 'Toko' }));
    expect(shops.save).not.toHaveBeenCalled();
  });

  it("answers another seller's attempt as if the shop did not exist", async () => {
    const { handler, shop, shops } = setup();
    await expect(
      handler.execute(new UpdateShopCommand({ id: 'x', role: 'seller' }, shop.id, { name: 'X' })),
    ).rejects.toMatchObject({ code: 'SHOPS.SHOP_NOT_FOUND' });
    expect(shops.save).not.toHaveBeenCalled();
    expect(shop.name).toBe('Toko');
  });

  it('refuses a slug another shop has', async () => {
    const { handler, shop } = setup({ slugTaken: true });
    await expect(
      handler.execute(new UpdateShopCommand(owner, shop.id, { slug: 'taken' })),
    ).rejects.toMatchObject({ code: 'SHOPS.SLUG_TAKEN' });
  });

  it('turns a lost race on the unique slug into SLUG_TAKEN', async () => {
    const race = new UniqueConstraintViolationException(new Error('duplicate key'));
    const { handler, shop } = setup({ saveError: race });
    await expect(
      handler.execute(new UpdateShopCommand(owner, shop.id, { slug: 'racy' })),
    ).rejects.toMatchObject({ code: 'SHOPS.SLUG_TAKEN' });
  });
});
