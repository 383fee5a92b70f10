import { QueryBus } from '@nestjs/cqrs';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { VariantSummary } from '@pasar/catalog';
import { Actor } from '@pasar/shared';
import { ShopProduct } from '../../../domain/offer/shop-product.aggregate';
import { ShopProductRepository } from '../../../domain/offer/shop-product.repository';
import { Shop } from '../../../domain/shop/shop.aggregate';
import { ShopRepository } from '../../../domain/shop/shop.repository';
import { CreateOfferCommand } from './create-offer.command';
import { CreateOfferHandler } from './create-offer.handler';

const ownerId = '7d3c1f0e-1111-4222-8333-944455556666';
const variantId = '5a1e2c3d-1111-4222-8333-944455556666';
const summary: VariantSummary = {
  variantId,
  sku: 'TEE-L-RED',
  title: 'L / Red',
  productId: '9f8e7d6c-1111-4222-8333-944455556666',
  productSlug: 'tee',
  productName: 'Tee',
  productStatus: 'active',
};
const price = { amount: 1999, currency: 'IDR' };

function setup(opts: { variants?: VariantSummary[]; exists?: boolean; saveError?: Error } = {}) {
  const shop = Shop.open({ ownerId, name: 'Toko', slug: 'toko', now: new Date() });
  const shops = { findById: jest.fn(async () => shop) } as unknown as ShopRepository;
  const saved: ShopProduct[] = [];
  const offers = {
    existsForVariant: jest.fn(async () => opts.exists ?? false),
    save: jest.fn(async (offer: ShopProduct) => {
      if (opts.saveError) throw opts.saveError;
      saved.push(offer);
    }),
  } as unknown as ShopProductRepository;
  const queries = { execute: jest.fn(async () => opts.variants ?? [summary]) };
  const handler = new CreateOfferHandler(shops, offers, queries as unknown as QueryBus);
  const command = (actor: Pick<Actor, 'id' | 'role'> = { id: ownerId, role: 'seller' }) =>
    new CreateOfferCommand(actor, shop.id, variantId, price, null, true);
  return { handler, command, saved, queries, offers };
}

describe('CreateOfferHandler', () => {
  it('offers the variant with the product the catalog names', async () => {
    const { handler, command, saved, queries } = setup();
    const { offerId } = await handler.execute(command());
    expect(queries.execute).toHaveBeenCalledWith(
      expect.objectContaining({ variantIds: [variantId] }),
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ id: offerId, variantId, productId: summary.productId });
  });

  it('lets an admin offer in any shop', async () => {
    const { handler, command, saved } = setup();
    await handler.execute(command({ id: 'someone-else', role: 'admin' }));
    expect(saved).toHaveLength(1);
  });

  it("answers another seller's attempt as if the shop did not exist", async () => {
    const { handler, command, queries } = setup();
    await expect(
      handler.execute(command({ id: 'another-seller', role: 'seller' })),
    ).rejects.toMatchObject({ code: 'SHOPS.SHOP_NOT_FOUND' });
    expect(queries.execute).not.toHaveBeenCalled();
  });

  it('refuses a variant the catalog does not know', async () => {
    const { handler, command, saved } = setup({ variants: [] });
    await expect(handler.execute(command())).rejects.toMatchObject({
      code: 'SHOPS.VARIANT_NOT_FOUND',
    });
    expect(saved).toHaveLength(0);
  });

  it('refuses a variant of an archived product', async () => {
    const { handler, command } = setup({ variants: [{ ...summary, productStatus: 'archived' }] });
    await expect(handler.execute(command())).rejects.toMatchObject({
      code: 'SHOPS.VARIANT_ARCHIVED',
    });
  });

  it('refuses a second offer of the same variant', async () => {
    const { handler, command, offers } = setup({ exists: true });
    await expect(handler.execute(command())).rejects.toMatchObject({
      code: 'SHOPS.OFFER_EXISTS',
    });
    expect(offers.save).not.toHaveBeenCalled();
  });

  it('turns a lost race on the unique index into OFFER_EXISTS', async () => {
    const race = new UniqueConstraintViolationException(new Error('duplicate key'));
    const { handler, command } = setup({ saveError: race });
    await expect(handler.execute(command())).rejects.toMatchObject({
      code: 'SHOPS.OFFER_EXISTS',
    });
  });
});
