import { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { RebuildSearchIndexCommand } from '@pasar/search';
import { signUp, startReplica, startTestApi, TestApi, TestUser } from '../support/test-api';
import { eventually, startWorker } from '../support/worker';
import { createCategory, offer, openShop, stockUp, unique } from './search-fixtures';

interface Hit {
  id: string;
  name: string;
  lowestPrice: { amount: number } | null;
}

/**
 * The read model cache of each API instance (searches and product listings) against the read
 * model's version: a projected change or a rebuild is seen at once by every instance, while
 * unchanged data is served from memory. Writes that bypass the projections (raw SQL here) are
 * what show the cache is in use.
 */
describe('search: cached results follow the read model on every instance', () => {
  let api: TestApi;
  let replica: TestApi;
  let worker: INestApplicationContext;
  let seller: TestUser;
  let shop: { id: string; slug: string };
  let furniture: string;
  let stool: { id: string; slug: string; variantIds: string[] };
  let offerId: string;

  const search = async (instance: TestApi, query: string) =>
    (await instance.http().get(`/search${query}`).expect(200)).body as {
      total: number;
      items: Hit[];
    };
  /** The marketplace listing of the stool's category, and the shop's own listing. */
  const listings = async (instance: TestApi) =>
    Promise.all(
      [`/products?categoryId=${furniture}`, `/shops/${shop.slug}/products`].map(
        async (path) => (await instance.http().get(path).expect(200)).body.items as Hit[],
      ),
    );
  const detail = async (slug: string) =>
    (await api.http().get(`/products/${slug}`).expect(200)).body as {
      name: string;
      lowestPrice: { amount: number } | null;
    };
  /** Raw SQL on the shared database, bypassing the projections and the version. */
  const sql = (statement: string, params: unknown[]) =>
    (api.app.get(MikroORM).em.fork() as EntityManager).execute(statement, params);

  /** An active catalog product with one variant (its name has a space, unlike the slug). */
  const product = async (owner: TestUser, name: string, categoryId: string) => {
    const slug = unique(name.toLowerCase().replace(/\s+/g, '-'));
    const res = await api
      .http()
      .post('/catalog/products')
      .set(owner.auth)
      .send({ name, slug, categoryId, variants: [{ sku: unique('SKU'), options: { size: 'M' } }] })
      .expect(201);
    await api
      .http()
      .post(`/catalog/products/${res.body.id}/status`)
      .set(owner.auth)
      .send({ status: 'active' })
      .expect(200);
    return {
      id: res.body.id,
      slug,
      variantIds: res.body.variants.map((v: { id: string }) => v.id),
    };
  };

  beforeAll(async () => {
    api = await startTestApi();
    replica = await startReplica(api);
    worker = await startWorker(api);
    const admin = await signUp(api, 'admin');
    seller = await signUp(api, 'seller');
    furniture = await createCategory(api, admin, 'Furniture');
    shop = await openShop(api, seller, 'Toko Jati');
    stool = await product(seller, 'Teak Stool', furniture);
    offerId = await offer(api, seller, shop.id, stool.variantIds[0], 5_000_000);
    await stockUp(api, seller, shop.id, [{ variantId: stool.variantIds[0], quantity: 4 }]);
    await eventually(async () => {
      const [hit] = (await search(api, '?q=teak&inStock=true')).items;
      expect(hit).toMatchObject({ id: stool.id, lowestPrice: { amount: 5_000_000 } });
    });
  });

  afterAll(async () => {
    await worker?.close();
    await replica?.close();
    await api?.close();
  });

  it('answers a repeated search or listing from memory while the version stands', async () => {
    expect((await search(api, '?q=teak')).items[0].name).toBe('Teak Stool');
    const names = async (instance: TestApi) =>
      (await listings(instance)).map((items) => items.map((hit) => hit.name));
    expect(await names(api)).toEqual([['Teak Stool'], ['Teak Stool']]);
    await sql('update search.products set name = ? where id = ?', ['Unversioned Stool', stool.id]);
    try {
      expect((await search(api, '?q=teak')).items[0].name).toBe('Teak Stool');
      // Spacing and case are normalized away: the same entry answers.
      expect((await search(api, '?q=%20TEAK%20')).items[0].name).toBe('Teak Stool');
      expect(await names(api)).toEqual([['Teak Stool'], ['Teak Stool']]);
      // The replica has not cached these reads yet: it reads the tables.
      expect((await search(replica, '?q=teak')).items[0].name).toBe('Unversioned Stool');
      expect(await names(replica)).toEqual([['Unversioned Stool'], ['Unversioned Stool']]);
    } finally {
      await sql('update search.products set name = ? where id = ?', ['Teak Stool', stool.id]);
    }
  });

  it('shows a projected price change and rename at once on both instances', async () => {
    // The previous test's raw write left the replica's entry stale; a new version drops it.
    await sql('update search.read_model_version set version = version + 1', []);
    for (const instance of [api, replica]) {
      const [hit] = (await search(instance, '?q=teak')).items;
      expect(hit).toMatchObject({ name: 'Teak Stool', lowestPrice: { amount: 5_000_000 } });
    }

    await api
      .http()
      .patch(`/shops/${shop.id}/offers/${offerId}`)
      .set(seller.auth)
      .send({ price: { amount: 4_200_000, currency: 'IDR' } })
      .expect(200);
    // The product page is not cached: once it shows the price, the projection has committed.
    await eventually(async () =>
      expect((await detail(stool.slug)).lowestPrice).toMatchObject({ amount: 4_200_000 }),
    );
    for (const instance of [api, replica]) {
      const [hit] = (await search(instance, '?q=teak')).items;
      expect(hit).toMatchObject({ id: stool.id, lowestPrice: { amount: 4_200_000 } });
      for (const items of await listings(instance)) {
        expect(items).toEqual([
          expect.objectContaining({
            name: 'Teak Stool',
            lowestPrice: { amount: 4_200_000, currency: 'IDR' },
          }),
        ]);
      }
    }

    await api
      .http()
      .patch(`/catalog/products/${stool.id}`)
      .set(seller.auth)
      .send({ name: 'Oak Stool' })
      .expect(200);
    await eventually(async () => expect((await detail(stool.slug)).name).toBe('Oak Stool'));
    for (const instance of [api, replica]) {
      expect((await search(instance, '?q=teak')).total).toBe(0);
      expect((await search(instance, '?q=oak')).items.map((hit) => hit.name)).toEqual([
        'Oak Stool',
      ]);
      for (const items of await listings(instance)) {
        expect(items.map((hit) => hit.name)).toEqual(['Oak Stool']);
      }
    }
  });

  it('drops every cached result when the read model is rebuilt', async () => {
    const name = (await detail(stool.slug)).name;
    await sql('update search.products set name = ? where id = ?', ['Unversioned Stool', stool.id]);
    for (const instance of [api, replica]) {
      expect((await search(instance, '?q=stool&limit=5')).items[0].name).toBe('Unversioned Stool');
    }

    await api.command(new RebuildSearchIndexCommand());

    for (const instance of [api, replica]) {
      expect((await search(instance, '?q=stool&limit=5')).items[0].name).toBe(name);
    }
  });
});
