import { signUp, TestApi, TestUser } from '../support/test-api';
import { CatalogWorld, fieldsOf, MISSING, ProductBody, startCatalogWorld } from './catalog-world';

describe('catalog: managing products and variants', () => {
  let api: TestApi;
  let admin: TestUser;
  let seller: TestUser;
  let rival: TestUser;
  let buyer: TestUser;
  let categoryId: string;
  let create: CatalogWorld['create'];
  let world: CatalogWorld;

  beforeAll(async () => {
    world = await startCatalogWorld();
    ({ api, admin, seller, rival, buyer, categoryId, create } = world);
  });

  afterAll(() => api.close());

  describe('managing', () => {
    it('reads, edits and refiles a product for its creator', async () => {
      const product = await create();
      const read = await api
        .http()
        .get(`/catalog/products/${product.id}`)
        .set(seller.auth)
        .expect(200);
      expect(read.body).toEqual(product);
      const shirts = await api
        .http()
        .post('/catalog/categories')
        .set(admin.auth)
        .send({ name: 'Shirts', slug: `shirts-${world.counter}`, parentId: categoryId })
        .expect(201);
      const edited = await api
        .http()
        .patch(`/catalog/products/${product.id}`)
        .set(seller.auth)
        .send({ name: 'Linen tee', description: null, categoryId: shirts.body.id })
        .expect(200);
      expect(edited.body).toMatchObject({
        name: 'Linen tee',
        slug: product.slug,
        description: null,
        categoryId: shirts.body.id,
        categoryPath: shirts.body.path,
      });
      const invalid = await api
        .http()
        .patch(`/catalog/products/${product.id}`)
        .set(seller.auth)
        .send({ name: null, categoryId: 'x' })
        .expect(400);
      expect(fieldsOf(invalid.body)).toEqual(['categoryId', 'name']);
    });

    it("hides a seller's product from other sellers (404) while admins manage any", async () => {
      const product = await create();
      const id = product.id;
      const variantId = product.variants[0].id;
      const attempts = [
        api.http().get(`/catalog/products/${id}`),
        api.http().patch(`/catalog/products/${id}`).send({ name: 'Mine now' }),
        api.http().post(`/catalog/products/${id}/status`).send({ status: 'active' }),
        api
          .http()
          .post(`/catalog/products/${id}/variants`)
          .send({ sku: `STEAL-${world.counter}` }),
        api.http().patch(`/catalog/products/${id}/variants/${variantId}`).send({ sku: 'STEAL' }),
      ];
      for (const attempt of attempts) {
        const res = await attempt.set(rival.auth).expect(404);
        expect(res.body.code).toBe('CATALOG.PRODUCT_NOT_FOUND');
      }
      await api.http().get(`/catalog/products/${id}`).set(buyer.auth).expect(403);
      await api
        .http()
        .patch(`/catalog/products/${id}`)
        .set(buyer.auth)
        .send({ name: 'x' })
        .expect(403);
      await api
        .http()
        .post(`/catalog/products/${id}/status`)
        .set(buyer.auth)
        .send({ status: 'active' })
        .expect(403);
      await api.http().get(`/catalog/products/${id}`).expect(401);
      const byAdmin = await api
        .http()
        .patch(`/catalog/products/${id}`)
        .set(admin.auth)
        .send({ name: 'Curated tee' })
        .expect(200);
      expect(byAdmin.body).toMatchObject({ name: 'Curated tee', createdBy: seller.id });
      await api.http().get(`/catalog/products/${MISSING}`).set(seller.auth).expect(404);
      await api.http().get('/catalog/products/not-a-uuid').set(seller.auth).expect(400);
    });

    it('follows the status machine and refuses illegal transitions with 409', async () => {
      const product = await create();
      const status = (user: TestUser, to: unknown) =>
        api
          .http()
          .post(`/catalog/products/${product.id}/status`)
          .set(user.auth)
          .send({ status: to });
      expect((await status(seller, 'active').expect(200)).body.status).toBe('active');
      const illegal = await status(seller, 'draft').expect(409);
      expect(illegal.body).toMatchObject({
        code: 'CATALOG.ILLEGAL_STATUS_TRANSITION',
        details: { from: 'active', to: 'draft', allowed: ['archived'] },
      });
      await status(seller, 'active').expect(409);
      expect((await status(admin, 'archived').expect(200)).body.status).toBe('archived');
      expect((await status(seller, 'draft').expect(200)).body.status).toBe('draft');
      const invalid = await status(seller, 'published').expect(400);
      expect(fieldsOf(invalid.body)).toEqual(['status']);
    });

    it('adds and edits variants, keeping SKUs and option combinations unique', async () => {
      const product = await create();
      const other = await create();
      const added = await api
        .http()
        .post(`/catalog/products/${product.id}/variants`)
        .set(seller.auth)
        .send({ sku: `ADD-${world.counter}-M`, options: { Size: ' Medium ', colour: 'Red' } })
        .expect(201);
      expect(added.body).toEqual({
        id: expect.any(String),
        sku: `ADD-${world.counter}-M`,
        title: 'Medium / Red',
        options: { size: 'Medium', colour: 'Red' },
      });
      const twin = await api
        .http()
        .post(`/catalog/products/${product.id}/variants`)
        .set(seller.auth)
        .send({ sku: `ADD-${world.counter}-TWIN`, options: { size: 'large', colour: 'red' } })
        .expect(409);
      expect(twin.body.code).toBe('CATALOG.VARIANT_OPTIONS_TAKEN');
      const sku = await api
        .http()
        .patch(`/catalog/products/${product.id}/variants/${added.body.id}`)
        .set(seller.auth)
        .send({ sku: other.variants[0].sku })
        .expect(409);
      expect(sku.body.code).toBe('CATALOG.SKU_TAKEN');
      const edited = await api
        .http()
        .patch(`/catalog/products/${product.id}/variants/${added.body.id}`)
        .set(seller.auth)
        .send({ options: { size: 'Small', colour: 'Blue' } })
        .expect(200);
      expect(edited.body).toMatchObject({ title: 'Small / Blue', sku: `ADD-${world.counter}-M` });
      const missing = await api
        .http()
        .patch(`/catalog/products/${product.id}/variants/${MISSING}`)
        .set(seller.auth)
        .send({ sku: 'NEW' })
        .expect(404);
      expect(missing.body.code).toBe('CATALOG.VARIANT_NOT_FOUND');
      const invalid = await api
        .http()
        .post(`/catalog/products/${product.id}/variants`)
        .set(seller.auth)
        .send({ sku: 'has space', options: { '': 'x' } })
        .expect(400);
      expect(fieldsOf(invalid.body)).toEqual(['options', 'sku']);
    });

    it("lists a seller's own products, newest first and paginated; buyers get 403", async () => {
      const me = await signUp(api, 'seller');
      const first = await create(me);
      const second = await create(me);
      await create(rival);
      const page = await api.http().get('/me/products?limit=1').set(me.auth).expect(200);
      expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
      expect(page.body.items.map((p: ProductBody) => p.id)).toEqual([second.id]);
      const next = await api.http().get('/me/products?limit=1&offset=1').set(me.auth).expect(200);
      expect(next.body.items).toEqual([first]);
      await api.http().get('/me/products').set(buyer.auth).expect(403);
      await api.http().get('/me/products?limit=1000').set(me.auth).expect(400);
    });
  });
});
