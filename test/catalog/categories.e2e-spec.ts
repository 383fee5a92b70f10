import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();

describe('catalog: categories', () => {
  let api: TestApi;
  let admin: TestUser;
  let seller: TestUser;
  let buyer: TestUser;
  let counter = 0;

  beforeAll(async () => {
    api = await startTestApi();
    [admin, seller, buyer] = await Promise.all([
      signUp(api, 'admin'),
      signUp(api, 'seller'),
      signUp(api, 'buyer'),
    ]);
  });

  afterAll(() => api.close());

  const create = async (body: Record<string, unknown> = {}) => {
    const res = await api
      .http()
      .post('/catalog/categories')
      .set(admin.auth)
      .send({ name: 'Clothing', slug: `clothing-${++counter}`, ...body })
      .expect(201);
    return res.body as { id: string; path: string; slug: string; parentId: string | null };
  };

  it('creates root and child categories with materialized paths', async () => {
    const root = await create({ name: ' Clothing ', slug: ' Clothing-Root ' });
    expect(root).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Clothing',
      slug: 'clothing-root',
      parentId: null,
      path: `/${root.id}/`,
      depth: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const child = await create({ name: 'Tees', parentId: root.id });
    expect(child).toMatchObject({ parentId: root.id, path: `/${root.id}/${child.id}/`, depth: 1 });
  });

  it('lists the tree publicly, paginated, parents before their children', async () => {
    const root = await create();
    const child = await create({ parentId: root.id });
    const res = await api.http().get('/categories?limit=100').expect(200);
    const ids = res.body.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(root.id)).toBeLessThan(ids.indexOf(child.id));
    expect(res.body).toMatchObject({ total: ids.length, limit: 100, offset: 0 });
    const page = await api.http().get('/categories?limit=1&offset=1').expect(200);
    expect(page.body.items).toHaveLength(1);
    await api.http().get('/categories?limit=0').expect(400);
    const one = await api.http().get(`/categories/${child.id}`).expect(200);
    expect(one.body.id).toBe(child.id);
  });

  it('answers 404 for an unknown category and 400 for a malformed id', async () => {
    const res = await api
      .http()
      .get('/categories/99999999-9999-4999-8999-999999999999')
      .expect(404);
    expect(res.body.code).toBe('CATALOG.CATEGORY_NOT_FOUND');
    await api.http().get('/categories/nope').expect(400);
  });

  it('lets only admins manage categories', async () => {
    const root = await create();
    const body = { name: 'X', slug: `x-${++counter}` };
    await api.http().post('/catalog/categories').send(body).expect(401);
    for (const user of [seller, buyer]) {
      const res = await api
        .http()
        .post('/catalog/categories')
        .set(user.auth)
        .send(body)
        .expect(403);
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
      await api
        .http()
        .patch(`/catalog/categories/${root.id}`)
        .set(user.auth)
        .send({ name: 'Y' })
        .expect(403);
    }
  });

  it('validates the input, naming each field', async () => {
    const res = await api
      .http()
      .post('/catalog/categories')
      .set(admin.auth)
      .send({ name: '', slug: 'Not a slug!', parentId: 'nope', extra: 1 })
      .expect(400);
    expect(fieldsOf(res.body)).toEqual(['extra', 'name', 'parentId', 'slug']);
    const root = await create();
    const patch = await api
      .http()
      .patch(`/catalog/categories/${root.id}`)
      .set(admin.auth)
      .send({ name: null, slug: null })
      .expect(400);
    expect(fieldsOf(patch.body)).toEqual(['name', 'slug']);
  });

  it('refuses a taken slug and an unknown parent', async () => {
    const root = await create();
    const taken = await api
      .http()
      .post('/catalog/categories')
      .set(admin.auth)
      .send({ name: 'Again', slug: root.slug })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'CATALOG.CATEGORY_SLUG_TAKEN',
      details: { field: 'slug' },
    });
    const other = await create();
    await api
      .http()
      .patch(`/catalog/categories/${other.id}`)
      .set(admin.auth)
      .send({ slug: root.slug })
      .expect(409);
    const unknown = await api
      .http()
      .post('/catalog/categories')
      .set(admin.auth)
      .send({
        name: 'Orphan',
        slug: `orphan-${++counter}`,
        parentId: '99999999-9999-4999-8999-999999999999',
      })
      .expect(422);
    expect(unknown.body).toMatchObject({
      code: 'CATALOG.CATEGORY_UNKNOWN',
      details: { field: 'parentId' },
    });
  });

  it('renames and moves a category with its descendants, and back to the root', async () => {
    const clothing = await create();
    const tees = await create({ parentId: clothing.id });
    const vintage = await create({ parentId: tees.id });
    const sale = await create();
    const moved = await api
      .http()
      .patch(`/catalog/categories/${tees.id}`)
      .set(admin.auth)
      .send({ name: 'Sale tees', parentId: sale.id })
      .expect(200);
    expect(moved.body).toMatchObject({
      name: 'Sale tees',
      parentId: sale.id,
      path: `/${sale.id}/${tees.id}/`,
    });
    const child = await api.http().get(`/categories/${vintage.id}`).expect(200);
    expect(child.body.path).toBe(`/${sale.id}/${tees.id}/${vintage.id}/`);
    const root = await api
      .http()
      .patch(`/catalog/categories/${tees.id}`)
      .set(admin.auth)
      .send({ parentId: null })
      .expect(200);
    expect(root.body).toMatchObject({ parentId: null, path: `/${tees.id}/`, depth: 0 });
  });

  it('refuses to move a category under itself or a descendant (409 CATALOG.CATEGORY_CYCLE)', async () => {
    const clothing = await create();
    const tees = await create({ parentId: clothing.id });
    for (const parentId of [clothing.id, tees.id]) {
      const res = await api
        .http()
        .patch(`/catalog/categories/${clothing.id}`)
        .set(admin.auth)
        .send({ parentId })
        .expect(409);
      expect(res.body.code).toBe('CATALOG.CATEGORY_CYCLE');
    }
    const unchanged = await api.http().get(`/categories/${clothing.id}`).expect(200);
    expect(unchanged.body.path).toBe(`/${clothing.id}/`);
    const missing = await api
      .http()
      .patch('/catalog/categories/99999999-9999-4999-8999-999999999999')
      .set(admin.auth)
      .send({ name: 'Ghost' })
      .expect(404);
    expect(missing.body.code).toBe('CATALOG.CATEGORY_NOT_FOUND');
  });
});
