import { Shop } from './shop.aggregate';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
const ownerId = '7d3c1f0e-1111-4222-8333-944455556666';

function opened(): Shop {
  const shop = Shop.open({ ownerId, name: 'Toko Ana', slug: 'toko-ana', now });
  shop.pullEvents();
  return shop;
}

describe('Shop', () => {
  it('opens active and records ShopSaved with its whole state', () => {
    const shop = Shop.open({
      ownerId,
      name: '  Toko Ana ',
      slug: 'toko-ana',
      description: '  Batik  ',
      now,
    });
    expect(shop).toMatchObject({
      ownerId,
      name: 'Toko Ana',
      slug: 'toko-ana',
      description: 'Batik',
      active: true,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    const [event] = shop.pullEvents();
    expect(event.type).toBe('shops.shop-saved');
    expect(event.aggregateId).toBe(shop.id);
    expect(event.payload).toEqual({
      shopId: shop.id,
      ownerId,
      slug: 'toko-ana',
      name: 'Toko Ana',
      active: true,
      version: 1,
    });
  });

  it('stores a blank description as none', () => {
    const shop = Shop.open({ ownerId, name: 'Toko', slug: 'toko', description: '   ', now });
    expect(shop.description).toBeNull();
  });

  it.each(['Toko-Ana', 'toko--ana', '-toko', 'toko-', 'to', 'toko ana', 'tokó', 'a'.repeat(61)])(
    'refuses the slug "%s"',
    (slug) => {
      expect(() => Shop.open({ ownerId, name: 'Toko', slug, now })).toThrow(
        expect.objectContaining({ code: 'SHOPS.INVALID_SHOP', details: { field: 'slug' } }),
      );
    },
  );

  it('refuses a blank or overlong name', () => {
    for (const name of ['   ', 'x'.repeat(121)]) {
      expect(() => Shop.open({ ownerId, name, slug: 'toko', now })).toThrow(
        expect.objectContaining({ code: 'SHOPS.INVALID_SHOP', details: { field: 'name' } }),
      );
    }
  });

  it('applies the changes sent, bumps the version and records one ShopSaved', () => {
    const shop = opened();
    const changed = shop.revise(
      { name: 'Toko Ana Baru', slug: 'toko-ana-baru', active: false },
      later,
    );
    expect(changed).toBe(true);
    expect(shop).toMatchObject({
      name: 'Toko Ana Baru',
      slug: 'toko-ana-baru',
      description: null,
      active: false,
      version: 2,
      updatedAt: later,
    });
    const events = shop.pullEvents();
    expect(events).toHaveLength(1);
    expect(events[0].payload).toEqual({
      shopId: shop.id,
      ownerId,
      slug: 'toko-ana-baru',
      name: 'Toko Ana Baru',
      active: false,
      version: 2,
    });
  });

  it('clears the description with null and keeps the fields not sent', () => {
    const shop = Shop.open({ ownerId, name: 'Toko', slug: 'toko', description: 'Old', now });
    shop.revise({ description: null }, later);
    expect(shop).toMatchObject({ name: 'Toko', slug: 'toko', description: null, active: true });
  });

  it('records nothing and keeps its version when nothing changes', () => {
    const shop = opened();
    expect(shop.revise({ name: 'Toko Ana', slug: 'toko-ana', active: true }, later)).toBe(false);
    expect(shop.revise({}, later)).toBe(false);
    expect(shop.pullEvents()).toHaveLength(0);
    expect(shop.version).toBe(1);
    expect(shop.updatedAt).toEqual(now);
  });

  it('changes nothing when one of the changes is invalid', () => {
    const shop = opened();
    expect(() => shop.revise({ name: 'Renamed', slug: 'Bad Slug' }, later)).toThrow(
      expect.objectContaining({ code: 'SHOPS.INVALID_SHOP' }),
    );
    expect(shop.name).toBe('Toko Ana');
    expect(shop.pullEvents()).toHaveLength(0);
  });
});
