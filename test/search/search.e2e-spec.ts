import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import { createCategory, fieldsOf, offer, openShop, stockUp, unique } from './search-fixtures';

interface Hit {
  id: string;
  name: string;
  lowestPrice: { amount: number; currency: string } | null;
  available: boolean;
  rating: { average: number; count: number };
}

describe('search: GET /search and /search/suggest', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: TestUser;
  let sellerA: TestUser;
  let sellerB: TestUser;
  let home: string;
  let kitchen: string;
  let fashion: string;
  let shopA: { id: string; slug: string };
  let shopB: { id: string; slug: string };
  let wok: { id: string; variantIds: string[] };
  let steamer: { id: string; variantIds: string[] };
  let sneakers: { id: string; variantIds: string[] };

  const search = async (query: string, expectStatus = 200) =>
    (await api.http().get(`/search${query}`).expect(expectStatus)).body;
  const ids = (result: { items: Hit[] }) => result.items.map((item) => item.id);

  /** An active catalog product with a description and one variant per option value. */
  const product = async (
    seller: TestUser,
    name: string,
    description: string,
    categoryId: string,
    sizes: string[],
  ) => {
    const res = await api
      .http()
      .post('/catalog/products')
      .set(seller.auth)
      .send({
        name,
        slug: unique(name.toLowerCase().replace(/\s+/g, '-')),
        description,
        categoryId,
        variants: sizes.map((size) => ({ sku: unique('SKU'), options: { size } })),
      })
      .expect(201);
    await api
      .http()
      .post(`/catalog/products/${res.body.id}/status`)
      .set(seller.auth)
      .send({ status: 'active' })
      .expect(200);
    return { id: res.body.id, variantIds: res.body.variants.map((v: { id: string }) => v.id) };
  };

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    admin = await signUp(api, 'admin');
    sellerA = await signUp(api, 'seller');
    sellerB = await signUp(api, 'seller');
    home = await createCategory(api, admin, 'Home');
    kitchen = await createCategory(api, admin, 'Kitchen', home);
    fashion = await createCategory(api, admin, 'Fashion');
    shopA = await openShop(api, sellerA, 'Toko Sari');
    shopB = await openShop(api, sellerB, 'Rumah Wulan');
    wok = await product(sellerA, 'Cast Iron Wok', 'Seasoned for stir fry.', kitchen, ['30 cm']);
    steamer = await product(
      sellerB,
      'Bamboo Steamer',
      'Sits on top of any cast iron wok.',
      kitchen,
      ['26 cm'],
    );
    sneakers = await product(sellerA, 'Canvas Sneakers', 'Light and breezy.', fashion, [
      '41',
      '42',
    ]);
    await offer(api, sellerA, shopA.id, wok.variantIds[0], 4_500_000);
    await offer(api, sellerB, shopB.id, steamer.variantIds[0], 12_000_000);
    await offer(api, sellerA, shopA.id, sneakers.variantIds[0], 40_000_000);
    await offer(api, sellerB, shopB.id, sneakers.variantIds[1], 38_000_000);
    await stockUp(api, sellerA, shopA.id, [{ variantId: wok.variantIds[0], quantity: 3 }]);
    await stockUp(api, sellerB, shopB.id, [{ variantId: sneakers.variantIds[1], quantity: 2 }]);
    await eventually(async () => {
      const result = await search('?inStock=true');
      expect(result.total).toBe(2);
      expect((await search('?q=wulan')).total).toBe(2);
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  describe('relevance', () => {
    it('ranks a match in the name above a match in the description', async () => {
      const result = await search('?q=wok');
      expect(ids(result)).toEqual([wok.id, steamer.id]);
      expect(result).toMatchObject({ total: 2, fuzzy: false, limit: 20, offset: 0 });
      expect(result.items[0]).toEqual({
        id: wok.id,
        slug: expect.any(String),
        name: 'Cast Iron Wok',
        imageUrl: null,
        category: { id: kitchen },
        lowestPrice: { amount: 4_500_000, currency: 'IDR' },
        offerCount: 1,
        available: true,
        rating: { average: 0, count: 0 },
      });
    });

    it('finds products by variant options, category names and shop names', async () => {
      expect(ids(await search('?q=41'))).toEqual([sneakers.id]);
      expect(ids(await search('?q=kitchen&sort=price_asc'))).toEqual([wok.id, steamer.id]);
      expect(ids(await search('?q=wulan&sort=price_asc'))).toEqual([steamer.id, sneakers.id]);
      expect(ids(await search('?q="cast iron"'))).toEqual([wok.id, steamer.id]);
    });

    it('still finds a product through a typo, by trigram similarity of its name', async () => {
      const result = await search('?q=sneakrs');
      expect(ids(result)).toEqual([sneakers.id]);
      expect(result.fuzzy).toBe(true);
      expect(ids(await search('?q=bambo'))).toEqual([steamer.id]);
      expect(await search('?q=xylophone')).toMatchObject({ items: [], total: 0 });
    });
  });

  describe('filters and sorts', () => {
    it('filters by category with descendants, shop, price range and stock', async () => {
      expect(ids(await search(`?category=${home}&sort=price_asc`))).toEqual([wok.id, steamer.id]);
      expect(ids(await search(`?category=${fashion}`))).toEqual([sneakers.id]);
      expect(ids(await search(`?shop=${shopA.id}&sort=price_asc`))).toEqual([wok.id, sneakers.id]);
      expect(ids(await search('?minPrice=10000000&maxPrice=38000000&sort=price_asc'))).toEqual([
        steamer.id,
        sneakers.id,
      ]);
      expect(ids(await search('?inStock=true&sort=price_asc'))).toEqual([wok.id, sneakers.id]);
      expect(ids(await search(`?q=wok&shop=${shopB.id}`))).toEqual([steamer.id]);
      expect(await search(`?category=${randomUUID()}`)).toMatchObject({ items: [], total: 0 });
      expect(await search('?minRating=1')).toMatchObject({ items: [], total: 0 });
    });

    it('sorts by price, newest (also relevance without text) and pages', async () => {
      expect(ids(await search('?sort=price_asc'))).toEqual([wok.id, steamer.id, sneakers.id]);
      expect(ids(await search('?sort=price_desc'))).toEqual([sneakers.id, steamer.id, wok.id]);
      expect(ids(await search('?sort=newest'))).toEqual([sneakers.id, steamer.id, wok.id]);
      expect(ids(await search(''))).toEqual([sneakers.id, steamer.id, wok.id]);
      expect(ids(await search('?q=wok&sort=price_desc'))).toEqual([steamer.id, wok.id]);
      const page = await search('?sort=price_asc&limit=1&offset=1');
      expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(ids(page)).toEqual([steamer.id]);
    });
  });

  it('counts facets over every product the query and filters match', async () => {
    const { facets } = await search('?q=wok');
    expect(facets.categories).toEqual([
      { id: home, slug: expect.any(String), name: 'Home', count: 2 },
      { id: kitchen, slug: expect.any(String), name: 'Kitchen', count: 2 },
    ]);
    expect(facets.shops).toEqual([
      { id: shopB.id, slug: shopB.slug, name: 'Rumah Wulan', count: 1 },
      { id: shopA.id, slug: shopA.slug, name: 'Toko Sari', count: 1 },
    ]);
    expect(facets.prices).toEqual([
      { min: 0, max: 5_000_000, count: 1 },
      { min: 5_000_000, max: 10_000_000, count: 0 },
      { min: 10_000_000, max: 25_000_000, count: 1 },
      { min: 25_000_000, max: 50_000_000, count: 0 },
      { min: 50_000_000, max: 100_000_000, count: 0 },
      { min: 100_000_000, max: null, count: 0 },
    ]);
    expect(facets.ratings).toEqual([4, 3, 2, 1].map((minRating) => ({ minRating, count: 0 })));

    const all = await search(`?shop=${shopA.id}&limit=1`);
    expect(all.items).toHaveLength(1);
    expect(all.facets.categories.map((c: { name: string; count: number }) => c)).toEqual([
      expect.objectContaining({ name: 'Fashion', count: 1 }),
      expect.objectContaining({ name: 'Home', count: 1 }),
      expect.objectContaining({ name: 'Kitchen', count: 1 }),
    ]);
    expect(all.facets.prices.map((b: { count: number }) => b.count)).toEqual([1, 0, 0, 1, 0, 0]);
  });

  describe('GET /search/suggest', () => {
    it('completes the words of product names from their first letters', async () => {
      const names = async (q: string) =>
        (
          await api
            .http()
            .get(`/search/suggest?q=${encodeURIComponent(q)}`)
            .expect(200)
        ).body.map((s: { name: string }) => s.name);
      expect(await names('ca')).toEqual(['Cast Iron Wok', 'Canvas Sneakers']);
      expect(await names('Iro')).toEqual(['Cast Iron Wok']);
      expect(await names('bamboo ste')).toEqual(['Bamboo Steamer']);
      expect(await names('zz')).toEqual([]);
      expect(await names('%')).toEqual([]);
      const [first] = (await api.http().get('/search/suggest?q=can').expect(200)).body;
      expect(first).toEqual({ id: sneakers.id, slug: expect.any(String), name: 'Canvas Sneakers' });
    });
  });

  describe('validation', () => {
    it('answers 400 naming every bad field, never a 500', async () => {
      const bad = await search(
        '?category=nope&shop=1&minPrice=-1&minRating=6&inStock=maybe&sort=cheap&limit=0',
        400,
      );
      expect(bad.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(fieldsOf(bad)).toEqual([
        'category',
        'inStock',
        'limit',
        'minPrice',
        'minRating',
        'shop',
        'sort',
      ]);
      expect(fieldsOf(await search('?minPrice=500&maxPrice=100', 400))).toEqual(['maxPrice']);
      expect(fieldsOf(await search(`?q=${'a'.repeat(201)}`, 400))).toEqual(['q']);
      expect(fieldsOf(await search('?q=a&q=b', 400))).toEqual(['q']);
      expect(fieldsOf(await search('?colour=red', 400))).toEqual(['colour']);
      const suggest = await api.http().get('/search/suggest').expect(400);
      expect(fieldsOf(suggest.body)).toEqual(['q']);
      const blank = await api.http().get('/search/suggest?q=%20&limit=50').expect(400);
      expect(fieldsOf(blank.body)).toEqual(['limit', 'q']);
    });

    it('treats odd text as words, not syntax', async () => {
      for (const q of ["'", '!', '&|', '"', 'a:*', '\\', '-', 'or']) {
        const result = await search(`?q=${encodeURIComponent(q)}`);
        expect(result.items.length).toBe(Math.min(result.total, 20));
      }
    });
  });

  // Last: it changes the market the other tests read.
  it("keeps the index current: a shop's new offer makes its name find the product", async () => {
    expect(ids(await search('?q=wulan&sort=price_asc'))).toEqual([steamer.id, sneakers.id]);
    await offer(api, sellerB, shopB.id, wok.variantIds[0], 4_000_000);
    await eventually(async () => {
      expect(ids(await search('?q=wulan&sort=price_asc'))).toEqual([
        wok.id,
        steamer.id,
        sneakers.id,
      ]);
      const { facets } = await search('?q=wok');
      expect(facets.shops).toEqual([
        expect.objectContaining({ id: shopB.id, count: 2 }),
        expect.objectContaining({ id: shopA.id, count: 1 }),
      ]);
    });
  });
});
