import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  createCategory,
  createOffer,
  fieldsOf,
  idr,
  openMerchant,
  openShop,
} from './shops-fixtures';

describe('shops: offers (ShopProduct)', () => {
  let api: TestApi;
  let categoryId: string;

  beforeAll(async () => {
    api = await startTestApi();
    categoryId = await createCategory(api, await signUp(api, 'admin'));
  });

  afterAll(() => api.close());

  const merchant = () => openMerchant(api, categoryId);
  const shopOf = (seller: TestUser) => openShop(api, seller);
  const offer = (seller: TestUser, shopId: string, body: Record<string, unknown>) =>
    createOffer(api, seller, shopId, body);

  describe('POST /shops/:shopId/offers', () => {
    it('offers a catalog variant at the shop price and reads it back', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, {
        variantId: m.variantId,
        price: idr(1999),
        compareAtPrice: idr(2999),
      });
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        shopId: m.shop.id,
        variantId: m.variantId,
        productId: m.product.id,
        price: idr(1999),
        compareAtPrice: idr(2999),
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const read = await api
        .http()
        .get(`/shops/${m.shop.id}/offers/${created.id}`)
        .set(m.seller.auth)
        .expect(200);
      expect(read.body).toEqual(created);
    });

    it('lets many shops offer one variant at their own prices, each shop once', async () => {
      const m = await merchant();
      const rival = await signUp(api, 'seller');
      const rivalShop = await shopOf(rival);
      const mine = await offer(m.seller, m.shop.id, { variantId: m.variantId, price: idr(1999) });
      const theirs = await offer(rival, rivalShop.id, {
        variantId: m.variantId,
        price: idr(1500),
      });
      expect(theirs).toMatchObject({ productId: mine.productId, price: idr(1500) });

      const again = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: m.variantId, price: idr(1) })
        .expect(409);
      expect(again.body).toMatchObject({
        code: 'SHOPS.OFFER_EXISTS',
        details: { field: 'variantId' },
      });
    });

    it('creates one offer and answers 409 to the rest when the same variant is offered at once', async () => {
      const m = await merchant();
      const statuses = await Promise.all(
        Array.from({ length: 6 }, () =>
          api
            .http()
            .post(`/shops/${m.shop.id}/offers`)
            .set(m.seller.auth)
            .send({ variantId: m.variantId, price: idr(1999) })
            .then((res) => res.status),
        ),
      );
      expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const list = await api.http().get(`/shops/${m.shop.id}/offers`).set(m.seller.auth);
      expect(list.body.total).toBe(1);
    });

    it('refuses a variant the catalog does not know with 422', async () => {
      const m = await merchant();
      const res = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: randomUUID(), price: idr(1999) })
        .expect(422);
      expect(res.body).toMatchObject({
        code: 'SHOPS.VARIANT_NOT_FOUND',
        details: { field: 'variantId' },
      });
    });

    it('refuses a variant of an archived product with 422', async () => {
      const m = await merchant();
      for (const status of ['active', 'archived']) {
        await api
          .http()
          .post(`/catalog/products/${m.product.id}/status`)
          .set(m.seller.auth)
          .send({ status })
          .expect(200);
      }
      const res = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: m.variantId, price: idr(1999) })
        .expect(422);
      expect(res.body.code).toBe('SHOPS.VARIANT_ARCHIVED');
    });

    it('refuses malformed input with 400 naming each field', async () => {
      const m = await merchant();
      const res = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({
          variantId: 'nope',
          price: { amount: 19.99, currency: 'Rupiah', extra: 1 },
          compareAtPrice: { amount: -1, currency: 'IDR' },
          active: 'yes',
          productId: randomUUID(),
        })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual([
        'active',
        'compareAtPrice.amount',
        'price.amount',
        'price.currency',
        'price.extra',
        'productId',
        'variantId',
      ]);
      const missing = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: m.variantId })
        .expect(400);
      expect(fieldsOf(missing.body)).toEqual(['price']);
      const notObjects = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: m.variantId, price: [], compareAtPrice: 'free' })
        .expect(400);
      expect(fieldsOf(notObjects.body)).toEqual(['compareAtPrice', 'price']);
      const huge = await api
        .http()
        .post(`/shops/${m.shop.id}/offers`)
        .set(m.seller.auth)
        .send({ variantId: m.variantId, price: { amount: 2 ** 60, currency: 'IDR' } })
        .expect(400);
      expect(fieldsOf(huge.body)).toEqual(['price.amount']);
    });

    it('refuses a compare-at price not above the price, or in another currency, with 422', async () => {
      const m = await merchant();
      const send = (compareAtPrice: object) =>
        api
          .http()
          .post(`/shops/${m.shop.id}/offers`)
          .set(m.seller.auth)
          .send({ variantId: m.variantId, price: idr(1999), compareAtPrice })
          .expect(422);
      expect((await send(idr(1999))).body.code).toBe('SHOPS.COMPARE_AT_PRICE_NOT_ABOVE_PRICE');
      expect((await send({ amount: 5000, currency: 'USD' })).body.code).toBe(
        'SHOPS.CURRENCY_MISMATCH',
      );
    });
  });

  describe('GET /shops/:shopId/offers', () => {
    it('pages through the offers, newest first, filtered by active', async () => {
      const m = await merchant();
      const [l, s] = m.product.variants;
      const first = await offer(m.seller, m.shop.id, { variantId: l.id });
      const second = await offer(m.seller, m.shop.id, { variantId: s.id, active: false });
      const list = (query: string) =>
        api.http().get(`/shops/${m.shop.id}/offers${query}`).set(m.seller.auth).expect(200);

      expect((await list('')).body).toEqual({
        items: [second, first],
        total: 2,
        limit: 20,
        offset: 0,
      });
      expect((await list('?limit=1&offset=1')).body).toMatchObject({ items: [first], total: 2 });
      expect((await list('?active=true')).body).toMatchObject({ items: [first], total: 1 });
      expect((await list('?active=false')).body).toMatchObject({ items: [second], total: 1 });

      const bad = await api
        .http()
        .get(`/shops/${m.shop.id}/offers?active=maybe&limit=500`)
        .set(m.seller.auth)
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['active', 'limit']);
    });
  });

  describe('PATCH /shops/:shopId/offers/:offerId', () => {
    it('reprices, clears the compare-at price with null and stops selling', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, {
        variantId: m.variantId,
        compareAtPrice: idr(2999),
      });
      const patch = (body: object) =>
        api.http().patch(`/shops/${m.shop.id}/offers/${created.id}`).set(m.seller.auth).send(body);

      const repriced = await patch({ price: idr(2499) }).expect(200);
      expect(repriced.body).toEqual({
        ...created,
        price: idr(2499),
        updatedAt: expect.any(String),
      });
      const cleared = await patch({ compareAtPrice: null, active: false }).expect(200);
      expect(cleared.body).toMatchObject({ price: idr(2499), compareAtPrice: null, active: false });
    });

    it('refuses a price at or above the kept compare-at price with 422, changing nothing', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, {
        variantId: m.variantId,
        compareAtPrice: idr(2999),
      });
      const res = await api
        .http()
        .patch(`/shops/${m.shop.id}/offers/${created.id}`)
        .set(m.seller.auth)
        .send({ price: idr(3000) })
        .expect(422);
      expect(res.body.code).toBe('SHOPS.COMPARE_AT_PRICE_NOT_ABOVE_PRICE');
      const read = await api
        .http()
        .get(`/shops/${m.shop.id}/offers/${created.id}`)
        .set(m.seller.auth)
        .expect(200);
      expect(read.body).toEqual(created);
    });

    it('refuses null for the price and malformed ids with 400', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, { variantId: m.variantId });
      const res = await api
        .http()
        .patch(`/shops/${m.shop.id}/offers/${created.id}`)
        .set(m.seller.auth)
        .send({ price: null, active: null })
        .expect(400);
      expect(fieldsOf(res.body)).toEqual(['active', 'price']);
      const badId = await api
        .http()
        .patch(`/shops/${m.shop.id}/offers/42`)
        .set(m.seller.auth)
        .send({})
        .expect(400);
      expect(badId.body.message).toBe('Validation failed: offerId');
    });
  });
});
