import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { fieldsOf, openShop, ShopBody, unique } from './shops-fixtures';

describe('shops: opening and managing shops', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const open = (seller: TestUser, body: Record<string, unknown> = {}) =>
    openShop(api, seller, body);

  describe('POST /shops', () => {
    it('opens an active shop owned by the seller', async () => {
      const seller = await signUp(api, 'seller');
      const slug = unique('batik-ana');
      const shop = await open(seller, { name: '  Batik Ana ', slug, description: 'Tulis' });
      expect(shop).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        ownerId: seller.id,
        name: 'Batik Ana',
        slug,
        description: 'Tulis',
        active: true,
        createdAt: expect.any(String),
        updatedAt: shop.createdAt,
      });
    });

    it('refuses a slug another shop has with 409 SHOPS.SLUG_TAKEN', async () => {
      const first = await signUp(api, 'seller');
      const second = await signUp(api, 'seller');
      const { slug } = await open(first);
      const res = await api
        .http()
        .post('/shops')
        .set(second.auth)
        .send({ name: 'Copy', slug })
        .expect(409);
      expect(res.body).toMatchObject({ code: 'SHOPS.SLUG_TAKEN', details: { field: 'slug' } });
    });

    it('refuses invalid input with 400 naming each field', async () => {
      const seller = await signUp(api, 'seller');
      const res = await api
        .http()
        .post('/shops')
        .set(seller.auth)
        .send({ name: '   ', slug: 'Not A Slug', description: 42, ownerId: randomUUID() })
        .expect(400);
      expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
      expect(fieldsOf(res.body)).toEqual(['description', 'name', 'ownerId', 'slug']);
      for (const slug of ['toko--ana', '-toko', 'to', 'TOKO']) {
        const refused = await api
          .http()
          .post('/shops')
          .set(seller.auth)
          .send({ name: 'Toko', slug })
          .expect(400);
        expect(fieldsOf(refused.body)).toEqual(['slug']);
      }
    });

    it('refuses buyers and admins with 403 and anonymous callers with 401', async () => {
      for (const role of ['buyer', 'admin'] as const) {
        const caller = await signUp(api, role);
        const res = await api
          .http()
          .post('/shops')
          .set(caller.auth)
          .send({ name: 'Toko', slug: unique('toko') })
          .expect(403);
        expect(res.body.code).toBe('AUTH.FORBIDDEN');
      }
      await api
        .http()
        .post('/shops')
        .send({ name: 'Toko', slug: unique('toko') })
        .expect(401);
    });
  });

  describe('GET /me/shops', () => {
    it("pages through the seller's own shops, newest first", async () => {
      const seller = await signUp(api, 'seller');
      const other = await signUp(api, 'seller');
      const a = await open(seller);
      const b = await open(seller);
      const c = await open(seller);
      await open(other);

      const first = await api.http().get('/me/shops?limit=2').set(seller.auth).expect(200);
      expect(first.body).toMatchObject({ total: 3, limit: 2, offset: 0 });
      expect(first.body.items.map((s: ShopBody) => s.id)).toEqual([c.id, b.id]);
      const second = await api
        .http()
        .get('/me/shops?limit=2&offset=2')
        .set(seller.auth)
        .expect(200);
      expect(second.body.items).toEqual([a]);
      const beyond = await api.http().get('/me/shops?offset=10').set(seller.auth).expect(200);
      expect(beyond.body).toMatchObject({ items: [], total: 3 });

      const bad = await api.http().get('/me/shops?limit=0').set(seller.auth).expect(400);
      expect(fieldsOf(bad.body)).toEqual(['limit']);
    });

    it('refuses buyers with 403 and anonymous callers with 401', async () => {
      const buyer = await signUp(api, 'buyer');
      await api.http().get('/me/shops').set(buyer.auth).expect(403);
      await api.http().get('/me/shops').expect(401);
    });
  });

  describe('GET /shops/:shopId/manage and PATCH /shops/:shopId', () => {
    it('lets the owner change the fields sent, and clear the description with null', async () => {
      const seller = await signUp(api, 'seller');
      const shop = await open(seller, { description: 'Old' });
      const slug = unique('renamed');
      const res = await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(seller.auth)
        .send({ name: 'Renamed', slug, description: null })
        .expect(200);
      expect(res.body).toEqual({
        ...shop,
        name: 'Renamed',
        slug,
        description: null,
        updatedAt: expect.any(String),
      });
      const read = await api.http().get(`/shops/${shop.id}/manage`).set(seller.auth).expect(200);
      expect(read.body).toEqual(res.body);
    });

    it('refuses null for a required field and unknown fields with 400', async () => {
      const seller = await signUp(api, 'seller');
      const shop = await open(seller);
      const res = await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(seller.auth)
        .send({ name: null, active: 'yes', ownerId: randomUUID() })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['active', 'name', 'ownerId']);
      await api.http().patch('/shops/42').set(seller.auth).send({}).expect(400);
    });

    it('refuses a slug another shop has with 409', async () => {
      const seller = await signUp(api, 'seller');
      const mine = await open(seller);
      const theirs = await open(await signUp(api, 'seller'));
      const res = await api
        .http()
        .patch(`/shops/${mine.id}`)
        .set(seller.auth)
        .send({ slug: theirs.slug })
        .expect(409);
      expect(res.body.code).toBe('SHOPS.SLUG_TAKEN');
    });

    it('answers another seller with 404, as for an unknown shop, and changes nothing', async () => {
      const owner = await signUp(api, 'seller');
      const intruder = await signUp(api, 'seller');
      const shop = await open(owner);

      const read = await api.http().get(`/shops/${shop.id}/manage`).set(intruder.auth).expect(404);
      expect(read.body).toEqual({
        statusCode: 404,
        code: 'SHOPS.SHOP_NOT_FOUND',
        message: expect.any(String),
      });
      const edit = await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(intruder.auth)
        .send({ name: 'Mine now', active: false })
        .expect(404);
      expect(edit.body.code).toBe('SHOPS.SHOP_NOT_FOUND');
      const unknown = await api
        .http()
        .get(`/shops/${randomUUID()}/manage`)
        .set(owner.auth)
        .expect(404);
      expect(unknown.body.code).toBe('SHOPS.SHOP_NOT_FOUND');

      const after = await api.http().get(`/shops/${shop.id}/manage`).set(owner.auth).expect(200);
      expect(after.body).toEqual(shop);
    });

    it('refuses buyers with 403 and anonymous callers with 401', async () => {
      const shop = await open(await signUp(api, 'seller'));
      const buyer = await signUp(api, 'buyer');
      await api.http().get(`/shops/${shop.id}/manage`).set(buyer.auth).expect(403);
      await api.http().patch(`/shops/${shop.id}`).set(buyer.auth).send({ name: 'X' }).expect(403);
      await api.http().get(`/shops/${shop.id}/manage`).expect(401);
      await api.http().patch(`/shops/${shop.id}`).send({ name: 'X' }).expect(401);
    });

    it("lets an admin read and change any seller's shop", async () => {
      const shop = await open(await signUp(api, 'seller'));
      const admin = await signUp(api, 'admin');
      await api.http().get(`/shops/${shop.id}/manage`).set(admin.auth).expect(200);
      const res = await api
        .http()
        .patch(`/shops/${shop.id}`)
        .set(admin.auth)
        .send({ active: false })
        .expect(200);
      expect(res.body).toMatchObject({ id: shop.id, active: false });
    });
  });
});
