import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

interface AddressBody {
  id: string;
  type: 'shipping' | 'billing';
  label: string | null;
  recipientName: string;
  isDefault: boolean;
  [field: string]: unknown;
}

const address = (overrides: Record<string, unknown> = {}) => ({
  label: 'Home',
  recipientName: 'Ana Putri',
  line1: 'Jl. Merdeka 10',
  city: 'Bandung',
  region: 'Jawa Barat',
  postalCode: '40111',
  countryCode: 'id',
  phone: '+628123456789',
  ...overrides,
});

const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();

describe('identity: address book and wishlist', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const add = async (user: TestUser, overrides: Record<string, unknown> = {}) => {
    const res = await api
      .http()
      .post('/me/addresses')
      .set(user.auth)
      .send(address(overrides))
      .expect(201);
    return res.body as AddressBody;
  };
  const list = async (user: TestUser) => {
    const res = await api.http().get('/me/addresses').set(user.auth).expect(200);
    return res.body as AddressBody[];
  };
  const defaultsOf = (book: AddressBody[], type: AddressBody['type']) =>
    book.filter((a) => a.type === type && a.isDefault).map((a) => a.id);

  describe('addresses', () => {
    it('creates an address, normalizing its input, and reads it back', async () => {
      const user = await signUp(api, 'buyer');
      const created = await add(user, { city: '  Bandung ' });
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        type: 'shipping',
        label: 'Home',
        recipientName: 'Ana Putri',
        line1: 'Jl. Merdeka 10',
        line2: null,
        city: 'Bandung',
        region: 'Jawa Barat',
        postalCode: '40111',
        countryCode: 'ID',
        phone: '+628123456789',
        isDefault: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const read = await api.http().get(`/me/addresses/${created.id}`).set(user.auth).expect(200);
      expect(read.body).toEqual(created);
      expect(await list(user)).toEqual([created]);
    });

    it('makes the first address of each type its default, and only the first', async () => {
      const user = await signUp(api, 'buyer');
      const home = await add(user);
      const office = await add(user, { label: 'Office' });
      const billing = await add(user, { type: 'billing', label: 'Invoices' });

      expect(home.isDefault).toBe(true);
      expect(office.isDefault).toBe(false);
      expect(billing.isDefault).toBe(true);
      const book = await list(user);
      expect(defaultsOf(book, 'shipping')).toEqual([home.id]);
      expect(defaultsOf(book, 'billing')).toEqual([billing.id]);
      // Defaults are listed first.
      expect(book.slice(0, 2).every((a) => a.isDefault)).toBe(true);
    });

    it('keeps exactly one default per type when another is chosen', async () => {
      const user = await signUp(api, 'buyer');
      const home = await add(user);
      const office = await add(user, { label: 'Office' });
      const billing = await add(user, { type: 'billing' });

      const chosen = await api
        .http()
        .post(`/me/addresses/${office.id}/default`)
        .set(user.auth)
        .expect(200);
      expect(chosen.body).toMatchObject({ id: office.id, isDefault: true });
      let book = await list(user);
      expect(defaultsOf(book, 'shipping')).toEqual([office.id]);
      expect(defaultsOf(book, 'billing')).toEqual([billing.id]);

      // Adding one with isDefault takes the default over as well.
      const cottage = await add(user, { label: 'Cottage', isDefault: true });
      expect(cottage.isDefault).toBe(true);
      book = await list(user);
      expect(defaultsOf(book, 'shipping')).toEqual([cottage.id]);
      expect(book.find((a) => a.id === home.id)?.isDefault).toBe(false);
      expect(defaultsOf(book, 'billing')).toEqual([billing.id]);
    });

    it('keeps one default per type when addresses are added at the same time', async () => {
      const user = await signUp(api, 'buyer');
      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          api
            .http()
            .post('/me/addresses')
            .set(user.auth)
            .send(address({ label: `Place ${i}`, type: i % 2 === 0 ? 'shipping' : 'billing' }))
            .expect(201),
        ),
      );
      const book = await list(user);
      expect(book).toHaveLength(6);
      expect(defaultsOf(book, 'shipping')).toHaveLength(1);
      expect(defaultsOf(book, 'billing')).toHaveLength(1);
    });

    it('holds at most 20 addresses', async () => {
      const user = await signUp(api, 'buyer');
      for (let i = 0; i < 20; i++) await add(user, { label: `Place ${i}` });
      const res = await api
        .http()
        .post('/me/addresses')
        .set(user.auth)
        .send(address({ label: 'One too many' }))
        .expect(422);
      expect(res.body.code).toBe('IDENTITY.ADDRESS_LIMIT');
      expect(await list(user)).toHaveLength(20);
    });

    it('promotes another address of the type when the default is removed', async () => {
      const user = await signUp(api, 'buyer');
      const home = await add(user);
      const office = await add(user, { label: 'Office' });
      const billing = await add(user, { type: 'billing' });

      await api.http().delete(`/me/addresses/${home.id}`).set(user.auth).expect(204);
      const book = await list(user);
      expect(book.map((a) => a.id).sort()).toEqual([office.id, billing.id].sort());
      expect(defaultsOf(book, 'shipping')).toEqual([office.id]);
      expect(defaultsOf(book, 'billing')).toEqual([billing.id]);
      await api.http().get(`/me/addresses/${home.id}`).set(user.auth).expect(404);

      // Removing the last one of a type leaves no default for it, and no address.
      await api.http().delete(`/me/addresses/${office.id}`).set(user.auth).expect(204);
      expect((await list(user)).map((a) => a.id)).toEqual([billing.id]);
    });

    it('edits only the fields sent, clears optional ones with null and refuses null for required ones', async () => {
      const user = await signUp(api, 'buyer');
      const home = await add(user);

      const edited = await api
        .http()
        .patch(`/me/addresses/${home.id}`)
        .set(user.auth)
        .send({ city: 'Jakarta', label: null })
        .expect(200);
      expect(edited.body).toEqual({
        ...home,
        city: 'Jakarta',
        label: null,
        updatedAt: expect.any(String),
      });

      const refused = await api
        .http()
        .patch(`/me/addresses/${home.id}`)
        .set(user.auth)
        .send({ recipientName: null })
        .expect(400);
      expect(refused.body).toMatchObject({
        code: 'REQUEST.VALIDATION_FAILED',
        message: 'Validation failed: recipientName',
      });
      const read = await api.http().get(`/me/addresses/${home.id}`).set(user.auth).expect(200);
      expect(read.body.recipientName).toBe('Ana Putri');
      expect(read.body.city).toBe('Jakarta');
    });

    it('does not let an edit change the type or the default flag', async () => {
      const user = await signUp(api, 'buyer');
      const home = await add(user);
      const res = await api
        .http()
        .patch(`/me/addresses/${home.id}`)
        .set(user.auth)
        .send({ type: 'billing', isDefault: false })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['isDefault', 'type']);
      const read = await api.http().get(`/me/addresses/${home.id}`).set(user.auth).expect(200);
      expect(read.body).toMatchObject({ type: 'shipping', isDefault: true });
    });

    it('refuses an invalid address with 400 naming each field, and stores nothing', async () => {
      const user = await signUp(api, 'buyer');
      const res = await api
        .http()
        .post('/me/addresses')
        .set(user.auth)
        .send({ type: 'pickup', recipientName: '', line1: 'Jl. Merdeka 10', countryCode: 'IDN' })
        .expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(fieldsOf(res.body)).toEqual([
        'city',
        'countryCode',
        'postalCode',
        'recipientName',
        'type',
      ]);
      expect(await list(user)).toEqual([]);
    });

    it('refuses a malformed address id with 400 naming "id"', async () => {
      const user = await signUp(api, 'buyer');
      const calls = [
        api.http().get('/me/addresses/not-a-uuid'),
        api.http().patch('/me/addresses/not-a-uuid').send({ city: 'Jakarta' }),
        api.http().delete('/me/addresses/not-a-uuid'),
        api.http().post('/me/addresses/not-a-uuid/default'),
      ];
      for (const call of calls) {
        const res = await call.set(user.auth).expect(400);
        expect(res.body).toMatchObject({
          code: 'REQUEST.VALIDATION_FAILED',
          message: 'Validation failed: id',
          details: { fields: [{ field: 'id', messages: ['id must be a UUID'] }] },
        });
      }
    });

    it("answers 404 IDENTITY.ADDRESS_NOT_FOUND for another user's address and leaves it unchanged", async () => {
      const owner = await signUp(api, 'buyer');
      const intruder = await signUp(api, 'seller');
      await add(owner);
      const target = await add(owner, { label: 'Office' });
      const intrudersOwn = await add(intruder);
      const before = await list(owner);

      const calls = [
        api.http().get(`/me/addresses/${target.id}`),
        api.http().patch(`/me/addresses/${target.id}`).send({ city: 'Surabaya', label: 'Mine' }),
        api.http().post(`/me/addresses/${target.id}/default`),
        api.http().delete(`/me/addresses/${target.id}`),
      ];
      for (const call of calls) {
        const res = await call.set(intruder.auth).expect(404);
        expect(res.body).toMatchObject({ statusCode: 404, code: 'IDENTITY.ADDRESS_NOT_FOUND' });
      }

      expect(await list(owner)).toEqual(before);
      expect(await list(intruder)).toEqual([intrudersOwn]);
    });

    it('answers 404 for an address id that does not exist', async () => {
      const user = await signUp(api, 'buyer');
      const res = await api.http().get(`/me/addresses/${randomUUID()}`).set(user.auth).expect(404);
      expect(res.body.code).toBe('IDENTITY.ADDRESS_NOT_FOUND');
    });

    it('needs an access token', async () => {
      await api.http().get('/me/addresses').expect(401);
      await api.http().post('/me/addresses').send(address()).expect(401);
    });
  });

  describe('wishlist', () => {
    const put = (user: TestUser, productId: string) =>
      api.http().put(`/me/wishlist/${productId}`).set(user.auth);
    const wishlist = (user: TestUser, query = '') =>
      api.http().get(`/me/wishlist${query}`).set(user.auth);
    let seller: TestUser;
    let categoryId: string;
    let productCount = 0;
    /** A real catalog product: the wishlist refuses ids the catalog does not know. */
    const newProduct = async (): Promise<string> => {
      const slug = `wish-${++productCount}-${Date.now()}`;
      const res = await api
        .http()
        .post('/catalog/products')
        .set(seller.auth)
        .send({ name: `Wish ${slug}`, slug, categoryId, variants: [{ sku: slug, options: {} }] })
        .expect(201);
      return res.body.id;
    };

    beforeAll(async () => {
      const admin = await signUp(api, 'admin');
      seller = await signUp(api, 'seller');
      const category = await api
        .http()
        .post('/catalog/categories')
        .set(admin.auth)
        .send({ name: 'Wishes', slug: `wishes-${Date.now()}` })
        .expect(201);
      categoryId = category.body.id;
    });

    it('refuses a product the catalog does not know with 404', async () => {
      const user = await signUp(api, 'buyer');
      const res = await put(user, randomUUID()).expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'IDENTITY.PRODUCT_NOT_FOUND' });
      expect((await wishlist(user).expect(200)).body.total).toBe(0);
    });

    it('adds a product idempotently and removes it', async () => {
      const user = await signUp(api, 'buyer');
      const product = await newProduct();
      await put(user, product).expect(204);
      await put(user, product).expect(204);

      const page = await wishlist(user).expect(200);
      expect(page.body).toEqual({
        items: [{ productId: product, addedAt: expect.any(String) }],
        total: 1,
        limit: 20,
        offset: 0,
      });

      await api.http().delete(`/me/wishlist/${product}`).set(user.auth).expect(204);
      expect((await wishlist(user).expect(200)).body).toMatchObject({ items: [], total: 0 });
      const again = await api.http().delete(`/me/wishlist/${product}`).set(user.auth).expect(404);
      expect(again.body).toMatchObject({
        statusCode: 404,
        code: 'IDENTITY.WISHLIST_ITEM_NOT_FOUND',
      });
    });

    it('pages the wishlist with limit and offset, newest first', async () => {
      const user = await signUp(api, 'buyer');
      const products = [await newProduct(), await newProduct(), await newProduct()];
      for (const product of products) {
        await put(user, product).expect(204);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }

      const first = await wishlist(user, '?limit=2').expect(200);
      expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(first.body.items.map((i: { productId: string }) => i.productId)).toEqual([
        products[2],
        products[1],
      ]);
      const rest = await wishlist(user, '?limit=2&offset=2').expect(200);
      expect(rest.body).toMatchObject({ total: 3, limit: 2, offset: 2 });
      expect(rest.body.items.map((i: { productId: string }) => i.productId)).toEqual([products[0]]);
      const beyond = await wishlist(user, '?offset=10').expect(200);
      expect(beyond.body).toEqual({ items: [], total: 3, limit: 20, offset: 10 });
    });

    it('refuses a limit outside 1..100 with 400 naming limit', async () => {
      const user = await signUp(api, 'buyer');
      for (const limit of ['0', '500', 'ten']) {
        const res = await wishlist(user, `?limit=${limit}`).expect(400);
        expect(res.body).toMatchObject({
          code: 'REQUEST.VALIDATION_FAILED',
          message: 'Validation failed: limit',
        });
      }
      const offset = await wishlist(user, '?offset=-1').expect(400);
      expect(fieldsOf(offset.body)).toEqual(['offset']);
    });

    it('refuses a malformed product id with 400 naming productId', async () => {
      const user = await signUp(api, 'buyer');
      const res = await put(user, 'not-a-uuid').expect(400);
      expect(res.body.details.fields).toEqual([
        { field: 'productId', messages: ['productId must be a UUID'] },
      ]);
      expect((await wishlist(user).expect(200)).body.total).toBe(0);
    });

    it("never shows or removes another user's wishlist", async () => {
      const alice = await signUp(api, 'buyer');
      const bob = await signUp(api, 'buyer');
      const product = await newProduct();
      await put(alice, product).expect(204);

      expect((await wishlist(bob).expect(200)).body).toEqual({
        items: [],
        total: 0,
        limit: 20,
        offset: 0,
      });
      await api.http().delete(`/me/wishlist/${product}`).set(bob.auth).expect(404);

      const alices = await wishlist(alice).expect(200);
      expect(alices.body.items.map((i: { productId: string }) => i.productId)).toEqual([product]);
    });

    it('needs an access token', async () => {
      await api.http().get('/me/wishlist').expect(401);
      await api.http().put(`/me/wishlist/${randomUUID()}`).expect(401);
    });
  });
});
