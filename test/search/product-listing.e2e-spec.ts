import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { ReserveStockCommand } from '@pasar/inventory';
import { RebuildSearchIndexCommand } from '@pasar/search';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import {
  createCategory,
  createProduct,
  CreatedProduct,
  fieldsOf,
  offer,
  openShop,
  stockUp,
} from './search-fixtures';

interface Item {
  id: string;
  slug: string;
  name: string;
  lowestPrice: { amount: number; currency: string } | null;
  offerCount: number;
  available: boolean;
}

describe('search: buyer-facing product reads', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let admin: TestUser;
  let sellerA: TestUser;
  let sellerB: TestUser;
  let clothing: string;
  let shirts: string;
  let kitchen: string;
  let shopA: { id: string; slug: string };
  let shopB: { id: string; slug: string };
  let shirt: CreatedProduct;
  let sarong: CreatedProduct;
  let pan: CreatedProduct;
  let draft: CreatedProduct;

  const list = async (query = '', expectStatus = 200) =>
    (await api.http().get(`/products${query}`).expect(expectStatus)).body;
  const ids = (page: { items: Item[] }) => page.items.map((item) => item.id);

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    admin = await signUp(api, 'admin');
    sellerA = await signUp(api, 'seller');
    sellerB = await signUp(api, 'seller');
    clothing = await createCategory(api, admin, 'Clothing');
    shirts = await createCategory(api, admin, 'Shirts', clothing);
    kitchen = await createCategory(api, admin, 'Kitchen');
    shopA = await openShop(api, sellerA, 'Toko A');
    shopB = await openShop(api, sellerB, 'Toko B');
    shirt = await createProduct(api, sellerA, 'Shirt', shirts, ['S', 'M']);
    sarong = await createProduct(api, sellerA, 'Sarong', clothing);
    pan = await createProduct(api, sellerB, 'Pan', kitchen);
    draft = await createProduct(api, sellerA, 'Draft', kitchen, ['M'], true);
    await offer(api, sellerA, shopA.id, shirt.variantIds[0], 15000);
    await offer(api, sellerA, shopA.id, sarong.variantIds[0], 9000);
    await offer(api, sellerA, shopA.id, pan.variantIds[0], 30000);
    await offer(api, sellerA, shopA.id, draft.variantIds[0], 100);
    await offer(api, sellerB, shopB.id, shirt.variantIds[1], 12000);
    await offer(api, sellerB, shopB.id, pan.variantIds[0], 25000);
    await stockUp(api, sellerA, shopA.id, [
      { variantId: shirt.variantIds[0], quantity: 5 },
      { variantId: pan.variantIds[0], quantity: 2 },
    ]);
    await eventually(async () => {
      const page = await list();
      expect(page.total).toBe(3);
      expect(page.items.filter((item: Item) => item.available)).toHaveLength(2);
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  describe('GET /products', () => {
    it('lists active products with an active offer, newest first, with their figures', async () => {
      const page = await list();
      expect(page).toMatchObject({ total: 3, limit: 20, offset: 0 });
      expect(ids(page)).toEqual([pan.id, sarong.id, shirt.id]);
      expect(page.items[2]).toEqual({
        id: shirt.id,
        slug: shirt.slug,
        name: 'Shirt',
        imageUrl: null,
        category: { id: shirts },
        lowestPrice: { amount: 12000, currency: 'IDR' },
        offerCount: 2,
        available: true,
      });
      expect(page.items[1]).toMatchObject({ offerCount: 1, available: false });
      expect(page.items[0]).toMatchObject({
        lowestPrice: { amount: 25000, currency: 'IDR' },
        offerCount: 2,
        available: true,
      });
    });

    it('sorts by price both ways and by name', async () => {
      expect(ids(await list('?sort=price_asc'))).toEqual([sarong.id, shirt.id, pan.id]);
      expect(ids(await list('?sort=price_desc'))).toEqual([pan.id, shirt.id, sarong.id]);
      expect(ids(await list('?sort=name'))).toEqual([pan.id, sarong.id, shirt.id]);
      expect(ids(await list('?sort=newest'))).toEqual([pan.id, sarong.id, shirt.id]);
    });

    it('pages with limit and offset and always answers the total', async () => {
      const page = await list('?sort=price_asc&limit=1&offset=1');
      expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 });
      expect(ids(page)).toEqual([shirt.id]);
      expect(await list('?offset=10')).toEqual({ items: [], total: 3, limit: 20, offset: 10 });
    });

    it('filters by category including its descendants', async () => {
      expect(ids(await list(`?categoryId=${clothing}&sort=name`))).toEqual([sarong.id, shirt.id]);
      expect(ids(await list(`?categoryId=${shirts}`))).toEqual([shirt.id]);
      expect(ids(await list(`?categoryId=${kitchen}`))).toEqual([pan.id]);
      expect(await list(`?categoryId=${randomUUID()}`)).toMatchObject({ items: [], total: 0 });
    });

    it('filters by lowest price range and by stock', async () => {
      expect(ids(await list('?minPrice=10000&maxPrice=20000'))).toEqual([shirt.id]);
      expect(ids(await list('?minPrice=12000&maxPrice=12000'))).toEqual([shirt.id]);
      expect(ids(await list('?inStock=true&sort=name'))).toEqual([pan.id, shirt.id]);
      expect(ids(await list('?inStock=false&sort=name'))).toEqual([pan.id, sarong.id, shirt.id]);
    });

    it("counts only one shop's offers when filtered by shop", async () => {
      const page = await list(`?shopId=${shopB.id}&sort=price_asc`);
      expect(page.total).toBe(2);
      expect(page.items).toEqual([
        expect.objectContaining({
          id: shirt.id,
          lowestPrice: { amount: 12000, currency: 'IDR' },
          offerCount: 1,
          available: false,
        }),
        expect.objectContaining({
          id: pan.id,
          lowestPrice: { amount: 25000, currency: 'IDR' },
          offerCount: 1,
          available: false,
        }),
      ]);
      expect(await list(`?shopId=${randomUUID()}`)).toMatchObject({ items: [], total: 0 });
    });

    it('refuses bad filters with 400 naming the field', async () => {
      const cases: [string, string[]][] = [
        ['?sort=cheapest', ['sort']],
        ['?minPrice=-1', ['minPrice']],
        ['?maxPrice=-5', ['maxPrice']],
        ['?minPrice=500&maxPrice=100', ['maxPrice']],
        ['?minPrice=abc', ['minPrice']],
        ['?categoryId=nope', ['categoryId']],
        ['?shopId=nope', ['shopId']],
        ['?inStock=maybe', ['inStock']],
        ['?limit=0', ['limit']],
        ['?colour=red', ['colour']],
      ];
      for (const [query, fields] of cases) {
        const body = await list(query, 400);
        expect({ query, code: body.code, fields: fieldsOf(body) }).toEqual({
          query,
          code: 'REQUEST.VALIDATION_FAILED',
          fields,
        });
      }
    });
  });

  describe('GET /products/:slug', () => {
    it('shows the variants and every active offer, cheapest first, with its stock', async () => {
      const res = await api.http().get(`/products/${shirt.slug}`).expect(200);
      expect(res.body).toMatchObject({
        id: shirt.id,
        slug: shirt.slug,
        name: 'Shirt',
        description: null,
        category: { id: shirts },
        lowestPrice: { amount: 12000, currency: 'IDR' },
        available: true,
      });
      expect(res.body.variants).toEqual([
        { id: shirt.variantIds[0], sku: expect.any(String), title: 'S', options: { size: 'S' } },
        { id: shirt.variantIds[1], sku: expect.any(String), title: 'M', options: { size: 'M' } },
      ]);
      expect(res.body.offers).toEqual([
        {
          offerId: expect.any(String),
          shop: { id: shopB.id, slug: shopB.slug, name: 'Toko B' },
          variantId: shirt.variantIds[1],
          price: { amount: 12000, currency: 'IDR' },
          compareAtPrice: null,
          available: 0,
        },
        expect.objectContaining({
          shop: { id: shopA.id, slug: shopA.slug, name: 'Toko A' },
          variantId: shirt.variantIds[0],
          price: { amount: 15000, currency: 'IDR' },
          available: 5,
        }),
      ]);
    });

    it('answers 404 for a draft or unknown product and 400 for a malformed slug', async () => {
      const hidden = await api.http().get(`/products/${draft.slug}`).expect(404);
      expect(hidden.body).toMatchObject({ statusCode: 404, code: 'SEARCH.PRODUCT_NOT_FOUND' });
      await api.http().get('/products/no-such-product').expect(404);
      const bad = await api.http().get('/products/Not_A_Slug').expect(400);
      expect(fieldsOf(bad.body)).toEqual(['slug']);
    });
  });

  describe('GET /shops/:slug/products', () => {
    it("lists an active shop's products with that shop's prices", async () => {
      const res = await api.http().get(`/shops/${shopA.slug}/products?sort=price_asc`).expect(200);
      expect(res.body.total).toBe(3);
      expect(res.body.items).toEqual([
        expect.objectContaining({ id: sarong.id, lowestPrice: { amount: 9000, currency: 'IDR' } }),
        expect.objectContaining({ id: shirt.id, offerCount: 1, available: true }),
        expect.objectContaining({ id: pan.id, lowestPrice: { amount: 30000, currency: 'IDR' } }),
      ]);
      const filtered = await api
        .http()
        .get(`/shops/${shopA.slug}/products?categoryId=${clothing}&inStock=true`)
        .expect(200);
      expect(ids(filtered.body)).toEqual([shirt.id]);
    });

    it('answers 404 for an unknown shop and 400 for bad input', async () => {
      const res = await api.http().get('/shops/no-such-shop/products').expect(404);
      expect(res.body).toMatchObject({ code: 'SEARCH.SHOP_NOT_FOUND' });
      const bad = await api.http().get(`/shops/${shopA.slug}/products?sort=up`).expect(400);
      expect(fieldsOf(bad.body)).toEqual(['sort']);
      const slug = await api.http().get('/shops/BAD_SLUG/products').expect(400);
      expect(fieldsOf(slug.body)).toEqual(['slug']);
    });
  });

  describe('keeping current', () => {
    it('follows availability through reservations and receipts', async () => {
      await api.command(
        new ReserveStockCommand({
          reference: `order-${randomUUID()}`,
          expiresAt: new Date(Date.now() + 3_600_000),
          lines: [{ shopId: shopA.id, variantId: shirt.variantIds[0], quantity: 5 }],
        }),
      );
      await eventually(async () => {
        const [item] = (await list(`?categoryId=${shirts}`)).items;
        expect(item).toMatchObject({ id: shirt.id, available: false });
      });
      await stockUp(api, sellerB, shopB.id, [{ variantId: shirt.variantIds[1], quantity: 3 }]);
      await eventually(async () => {
        const res = await api.http().get(`/products/${shirt.slug}`).expect(200);
        expect(res.body.available).toBe(true);
        expect(res.body.offers.map((o: { available: number }) => o.available)).toEqual([3, 0]);
      });
    });

    it('rebuilds the read model from the outbox to the same answers', async () => {
      const before = await list('?sort=price_asc');
      const detail = (await api.http().get(`/products/${shirt.slug}`).expect(200)).body;
      const { replayed } = await api.command<{ replayed: number }>(new RebuildSearchIndexCommand());
      expect(replayed).toBeGreaterThan(10);
      expect(await list('?sort=price_asc')).toEqual(before);
      expect((await api.http().get(`/products/${shirt.slug}`).expect(200)).body).toEqual(detail);
    });

    it('hides a closed shop: its listing is gone and its offers no longer count', async () => {
      await api
        .http()
        .patch(`/shops/${shopB.id}`)
        .set(sellerB.auth)
        .send({ active: false })
        .expect(200);
      await eventually(async () => {
        await api.http().get(`/shops/${shopB.slug}/products`).expect(404);
        const [item] = (await list(`?categoryId=${shirts}`)).items;
        expect(item).toMatchObject({
          lowestPrice: { amount: 15000, currency: 'IDR' },
          offerCount: 1,
          available: false,
        });
      });
      expect((await list(`?shopId=${shopB.id}`)).total).toBe(0);
    });
  });
});
