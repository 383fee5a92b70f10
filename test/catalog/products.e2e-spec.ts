import { TestApi, TestUser } from '../support/test-api';
import { CatalogWorld, fieldsOf, MISSING, startCatalogWorld } from './catalog-world';

describe('catalog: creating products', () => {
  let api: TestApi;
  let admin: TestUser;
  let seller: TestUser;
  let rival: TestUser;
  let buyer: TestUser;
  let categoryId: string;
  let body: CatalogWorld['body'];
  let create: CatalogWorld['create'];
  let world: CatalogWorld;

  beforeAll(async () => {
    world = await startCatalogWorld();
    ({ api, admin, seller, rival, buyer, categoryId, body, create } = world);
  });

  afterAll(() => api.close());

  describe('creating', () => {
    it('creates a draft product with its variants (the agreed contract shape)', async () => {
      const product = await create(seller, {
        slug: 'contract-tee',
        variants: [
          { sku: 'CONTRACT-L-RED', options: { size: 'L', colour: 'Red' } },
          { sku: 'CONTRACT-MUG' },
        ],
      });
      expect(product).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Cotton tee',
        slug: 'contract-tee',
        description: 'Soft cotton',
        categoryId,
        categoryPath: `/${categoryId}/`,
        status: 'draft',
        createdBy: seller.id,
        variants: [
          {
            id: expect.any(String),
            sku: 'CONTRACT-L-RED',
            title: 'L / Red',
            options: { size: 'L', colour: 'Red' },
          },
          { id: expect.any(String), sku: 'CONTRACT-MUG', title: 'Default', options: {} },
        ],
        images: [],
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('lets admins create products; refuses buyers (403) and anonymous callers (401)', async () => {
      const product = await create(admin);
      expect(product.createdBy).toBe(admin.id);
      const res = await api
        .http()
        .post('/catalog/products')
        .set(buyer.auth)
        .send(body())
        .expect(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
      await api.http().post('/catalog/products').send(body()).expect(401);
    });

    it('validates the input, naming each field', async () => {
      const res = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send({
          name: '',
          slug: 'Bad Slug',
          categoryId: 'nope',
          variants: [
            { sku: '', options: { size: 5 } },
            { sku: 'OK', options: ['x'] },
          ],
          stray: true,
        })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([
        'categoryId',
        'name',
        'slug',
        'stray',
        'variants.0.options',
        'variants.0.sku',
        'variants.1.options',
      ]);
      const empty = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send(body({ variants: [] }))
        .expect(400);
      expect(fieldsOf(empty.body)).toEqual(['variants']);
      const tooMany = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send(
          body({
            variants: [{ sku: 'X', options: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' } }],
          }),
        )
        .expect(400);
      expect(fieldsOf(tooMany.body)).toEqual(['variants.0.options']);
    });

    it('refuses an unknown category with 422 CATALOG.CATEGORY_UNKNOWN', async () => {
      const res = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send(body({ categoryId: MISSING }))
        .expect(422);
      expect(res.body).toMatchObject({
        code: 'CATALOG.CATEGORY_UNKNOWN',
        details: { field: 'categoryId' },
      });
    });

    it('refuses a taken slug, a taken SKU and twin variants with 409s', async () => {
      const first = await create();
      const slug = await api
        .http()
        .post('/catalog/products')
        .set(rival.auth)
        .send(body({ slug: first.slug }))
        .expect(409);
      expect(slug.body.code).toBe('CATALOG.PRODUCT_SLUG_TAKEN');
      const sku = await api
        .http()
        .post('/catalog/products')
        .set(rival.auth)
        .send(body({ variants: [{ sku: first.variants[0].sku, options: {} }] }))
        .expect(409);
      expect(sku.body).toMatchObject({
        code: 'CATALOG.SKU_TAKEN',
        details: { sku: first.variants[0].sku },
      });
      const twins = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send(
          body({
            variants: [
              { sku: `TWIN-A-${world.counter}`, options: { size: 'L', colour: 'Red' } },
              { sku: `TWIN-B-${world.counter}`, options: { colour: 'red', size: 'l' } },
            ],
          }),
        )
        .expect(409);
      expect(twins.body.code).toBe('CATALOG.VARIANT_OPTIONS_TAKEN');
    });
  });
});
