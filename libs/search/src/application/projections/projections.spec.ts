import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { AvailabilityProjection } from './availability.projection';
import { CatalogProjection } from './catalog.projection';
import { ListingRecalculator } from './listing-recalculator';
import { categoryIdsOf } from './pg';
import { RatingsProjection } from './ratings.projection';
import { SearchProjector } from './search-projector';
import { ShopsProjection } from './shops.projection';

const SHOP = '00000000-0000-4000-8000-000000000001';
const VARIANT = '00000000-0000-4000-8000-000000000002';
const PRODUCT = '00000000-0000-4000-8000-000000000003';
const OTHER_PRODUCT = '00000000-0000-4000-8000-000000000004';

const envelope = <P>(type: string, payload: P): EventEnvelope<P> => ({
  id: 'event-1',
  type,
  aggregateType: 'Thing',
  aggregateId: 'thing-1',
  occurredAt: '2026-11-23T10:00:00.000Z',
  payload,
});

/** An EntityManager that answers by statement: `upserted` is what the guarded upsert returns. */
function fakeEm(upserted: boolean, offersOf: string[] = []) {
  const statements: string[] = [];
  const execute = jest.fn(async (sql: string) => {
    statements.push(sql.replace(/\s+/g, ' ').trim());
    if (/^\s*insert/.test(sql)) return upserted ? [{ id: 'x', shop_id: 'x' }] : [];
    if (/select distinct product_id/.test(sql)) return offersOf.map((id) => ({ product_id: id }));
    return [];
  });
  return { em: { execute } as unknown as EntityManager, statements };
}

function fakeListing() {
  return {
    lockShop: jest.fn().mockResolvedValue(undefined),
    lockStock: jest.fn().mockResolvedValue(undefined),
    lockProducts: jest.fn().mockResolvedValue(undefined),
    recompute: jest.fn().mockResolvedValue(undefined),
    reindexCategory: jest.fn().mockResolvedValue(undefined),
  };
}

const offer = (version: number) =>
  envelope('shops.offer-saved', {
    offerId: 'offer-1',
    shopId: SHOP,
    productId: PRODUCT,
    variantId: VARIANT,
    price: { amount: 1999, currency: 'IDR' },
    compareAtPrice: null,
    active: true,
    version,
  });

const product = envelope('catalog.product-saved', {
  id: PRODUCT,
  slug: 'batik',
  name: 'Batik',
  description: null,
  categoryId: OTHER_PRODUCT,
  categoryPath: `/${SHOP}/${OTHER_PRODUCT}/`,
  status: 'active',
  createdAt: '2026-11-23T09:00:00.000Z',
  variants: [{ id: VARIANT, sku: 'B-1', title: 'Default', options: {}, extra: 'ignored' }],
  imageUrl: null,
});

describe('search projections', () => {
  describe('catalog.product-saved', () => {
    it('upserts the product and recomputes its listing figures', async () => {
      const listing = fakeListing();
      const { em } = fakeEm(true);
      await new CatalogProjection(listing as unknown as ListingRecalculator).productSaved(
        product,
        em,
      );
      expect(listing.lockProducts).toHaveBeenCalledWith(em, [PRODUCT]);
      expect(listing.recompute).toHaveBeenCalledWith(em, [PRODUCT]);
    });

    it('ignores an event older than the row (the guarded upsert changes nothing)', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(false);
      await new CatalogProjection(listing as unknown as ListingRecalculator).productSaved(
        product,
        em,
      );
      expect(statements[0]).toContain('where search.products.as_of <= excluded.as_of');
      expect(listing.recompute).not.toHaveBeenCalled();
    });

    it('stores only the variant fields it reads, and the category ids of the path', async () => {
      const listing = fakeListing();
      const { em } = fakeEm(true);
      await new CatalogProjection(listing as unknown as ListingRecalculator).productSaved(
        product,
        em,
      );
      const params = (em.execute as jest.Mock).mock.calls[0][1] as unknown[];
      expect(params).toContain(`{${SHOP},${OTHER_PRODUCT}}`);
      expect(JSON.parse(params[9] as string)).toEqual([
        { id: VARIANT, sku: 'B-1', title: 'Default', options: {} },
      ]);
    });
  });

  describe('shops.offer-saved', () => {
    it('locks shop, stock and product in that order, then recomputes the product', async () => {
      const listing = fakeListing();
      const { em } = fakeEm(true);
      await new ShopsProjection(listing as unknown as ListingRecalculator).offerSaved(offer(2), em);
      const order = [listing.lockShop, listing.lockStock, listing.lockProducts].map(
        (lock) => lock.mock.invocationCallOrder[0],
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(listing.recompute).toHaveBeenCalledWith(em, [PRODUCT]);
    });

    it('ignores an offer version not above the stored one', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(false);
      await new ShopsProjection(listing as unknown as ListingRecalculator).offerSaved(offer(1), em);
      expect(statements.find((sql) => sql.startsWith('insert'))).toContain(
        'where search.offers.version < excluded.version',
      );
      expect(listing.recompute).not.toHaveBeenCalled();
    });
  });

  describe('shops.shop-saved', () => {
    const shop = (version: number) =>
      envelope('shops.shop-saved', {
        shopId: SHOP,
        ownerId: 'owner',
        slug: 'toko',
        name: 'Toko',
        active: false,
        version,
      });

    it('copies the shop onto its offers and recomputes every product it offers', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(true, [PRODUCT, OTHER_PRODUCT]);
      await new ShopsProjection(listing as unknown as ListingRecalculator).shopSaved(shop(3), em);
      expect(statements.some((sql) => sql.startsWith('update search.offers set shop_slug'))).toBe(
        true,
      );
      expect(listing.lockProducts).toHaveBeenCalledWith(em, [PRODUCT, OTHER_PRODUCT]);
      expect(listing.recompute).toHaveBeenCalledWith(em, [PRODUCT, OTHER_PRODUCT]);
    });

    it('leaves offers and products alone for a stale shop event', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(false, [PRODUCT]);
      await new ShopsProjection(listing as unknown as ListingRecalculator).shopSaved(shop(1), em);
      expect(statements.some((sql) => sql.startsWith('update'))).toBe(false);
      expect(listing.recompute).not.toHaveBeenCalled();
    });
  });

  describe('inventory.availability-changed', () => {
    const changed = envelope('inventory.availability-changed', {
      shopId: SHOP,
      variantId: VARIANT,
      available: 4,
    });

    it("updates the shop's offers of the variant and recomputes their products", async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(true, [PRODUCT]);
      await new AvailabilityProjection(
        listing as unknown as ListingRecalculator,
      ).availabilityChanged(changed, em);
      expect(statements.some((sql) => sql.startsWith('update search.offers set available'))).toBe(
        true,
      );
      expect(listing.recompute).toHaveBeenCalledWith(em, [PRODUCT]);
    });

    it('keeps a late, older availability from overwriting a newer one', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(false, [PRODUCT]);
      await new AvailabilityProjection(
        listing as unknown as ListingRecalculator,
      ).availabilityChanged(changed, em);
      expect(statements[0]).toContain('where search.availability.as_of <= excluded.as_of');
      expect(statements).toHaveLength(1);
      expect(listing.recompute).not.toHaveBeenCalled();
    });
  });

  describe('catalog.category-saved', () => {
    const category = envelope('catalog.category-saved', {
      id: SHOP,
      slug: 'tees',
      name: 'Tees',
      parentId: null,
      path: `/${SHOP}/`,
    });

    it('rewrites the search documents of the products under a renamed category', async () => {
      const listing = fakeListing();
      const { em } = fakeEm(true);
      await new CatalogProjection(listing as unknown as ListingRecalculator).categorySaved(
        category,
        em,
      );
      expect(listing.reindexCategory).toHaveBeenCalledWith(em, SHOP);
    });

    it('leaves the documents alone for a stale category event', async () => {
      const listing = fakeListing();
      const { em } = fakeEm(false);
      await new CatalogProjection(listing as unknown as ListingRecalculator).categorySaved(
        category,
        em,
      );
      expect(listing.reindexCategory).not.toHaveBeenCalled();
    });
  });

  describe('reviews.rating-summary-changed', () => {
    const summary = (average: number, count: number) =>
      envelope('reviews.rating-summary-changed', {
        productId: PRODUCT,
        average,
        count,
        histogram: { '1': 0, '2': 0, '3': 0, '4': count, '5': 0 },
      });

    it("copies the newer summary onto the product's rating columns", async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(true);
      await new RatingsProjection(listing as unknown as ListingRecalculator).ratingSummaryChanged(
        summary(4, 2),
        em,
      );
      expect(listing.lockProducts).toHaveBeenCalledWith(em, [PRODUCT]);
      expect(statements[1]).toContain('update search.products set rating_average');
      expect((em.execute as jest.Mock).mock.calls[1][1]).toEqual([4, 2, PRODUCT]);
    });

    it('keeps a late, older summary from overwriting a newer one', async () => {
      const listing = fakeListing();
      const { em, statements } = fakeEm(false);
      await new RatingsProjection(listing as unknown as ListingRecalculator).ratingSummaryChanged(
        summary(3, 1),
        em,
      );
      expect(statements[0]).toContain('where search.ratings.as_of <= excluded.as_of');
      expect(statements).toHaveLength(1);
    });
  });

  describe('locks', () => {
    it('takes each key once, in sorted order', async () => {
      const { em } = fakeEm(true);
      await new ListingRecalculator().lockProducts(em, [PRODUCT, SHOP, PRODUCT]);
      expect((em.execute as jest.Mock).mock.calls[0][1]).toEqual([
        `{search:product:${SHOP},search:product:${PRODUCT}}`,
      ]);
    });

    it('takes none in a transaction holding the tables exclusively (the rebuild)', async () => {
      const { em } = fakeEm(true);
      const listing = new ListingRecalculator();
      listing.holdsTablesExclusively(em);
      await listing.lockShop(em, SHOP);
      await listing.lockStock(em, SHOP, VARIANT);
      expect(em.execute).not.toHaveBeenCalled();
    });
  });

  describe('in a rebuild', () => {
    it('recomputes each product once, after the replay, in batches', async () => {
      const { em, statements } = fakeEm(true);
      const listing = new ListingRecalculator();
      listing.holdsTablesExclusively(em);
      await listing.recompute(em, [PRODUCT]);
      await listing.recompute(em, [OTHER_PRODUCT, PRODUCT]);
      await listing.reindexCategory(em, SHOP);
      expect(em.execute).not.toHaveBeenCalled();

      await listing.recomputeDeferred(em, 1);
      expect(statements).toHaveLength(2);
      expect(statements.every((sql) => sql.startsWith('update search.products p'))).toBe(true);
      expect((em.execute as jest.Mock).mock.calls.map(([, params]) => params)).toEqual([
        [`{${PRODUCT}}`],
        [`{${OTHER_PRODUCT}}`],
      ]);
    });

    it('recomputes at once again once the rebuild has recomputed', async () => {
      const { em } = fakeEm(true);
      const listing = new ListingRecalculator();
      listing.holdsTablesExclusively(em);
      await listing.recomputeDeferred(em, 500);
      await listing.recompute(em, [PRODUCT]);
      expect(em.execute).toHaveBeenCalledTimes(1);
    });
  });

  it('ignores event types the read model is not built from', async () => {
    const { em } = fakeEm(true);
    const listing = fakeListing() as unknown as ListingRecalculator;
    const projector = new SearchProjector(
      new CatalogProjection(listing),
      new ShopsProjection(listing),
      new AvailabilityProjection(listing),
      new RatingsProjection(listing),
    );
    await projector.apply(envelope('identity.user-registered', {}), em);
    expect(em.execute).not.toHaveBeenCalled();
  });

  it('reads the category ids of a materialized path, root first', () => {
    expect(categoryIdsOf(`/${SHOP}/${PRODUCT}/`)).toEqual([SHOP, PRODUCT]);
    expect(categoryIdsOf('/')).toEqual([]);
  });
});
