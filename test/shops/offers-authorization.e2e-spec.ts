import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { createCategory, createOffer, idr, openMerchant } from './shops-fixtures';

describe('shops: who may manage offers', () => {
  let api: TestApi;
  let categoryId: string;

  beforeAll(async () => {
    api = await startTestApi();
    categoryId = await createCategory(api, await signUp(api, 'admin'));
  });

  afterAll(() => api.close());

  const merchant = () => openMerchant(api, categoryId);
  const offer = (seller: TestUser, shopId: string, body: Record<string, unknown>) =>
    createOffer(api, seller, shopId, body);

  describe('authorization', () => {
    it('answers another seller with 404 on every offer route of a shop that is not theirs', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, { variantId: m.variantId });
      const intruder = await signUp(api, 'seller');
      const base = `/shops/${m.shop.id}/offers`;
      const responses = await Promise.all([
        api
          .http()
          .post(base)
          .set(intruder.auth)
          .send({ variantId: m.product.variants[1].id, price: idr(1) }),
        api.http().get(base).set(intruder.auth),
        api.http().get(`${base}/${created.id}`).set(intruder.auth),
        api.http().patch(`${base}/${created.id}`).set(intruder.auth).send({ active: false }),
      ]);
      for (const res of responses) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('SHOPS.SHOP_NOT_FOUND');
      }
      const read = await api.http().get(`${base}/${created.id}`).set(m.seller.auth).expect(200);
      expect(read.body).toEqual(created);
    });

    it("answers 404 when an offer of another shop is reached through the seller's own shop", async () => {
      const m = await merchant();
      const theirs = await merchant();
      const foreign = await offer(theirs.seller, theirs.shop.id, { variantId: theirs.variantId });
      const base = `/shops/${m.shop.id}/offers/${foreign.id}`;
      const read = await api.http().get(base).set(m.seller.auth).expect(404);
      expect(read.body.code).toBe('SHOPS.OFFER_NOT_FOUND');
      const edit = await api
        .http()
        .patch(base)
        .set(m.seller.auth)
        .send({ price: idr(1) })
        .expect(404);
      expect(edit.body.code).toBe('SHOPS.OFFER_NOT_FOUND');
    });

    it('refuses buyers with 403 and anonymous callers with 401 on every offer route', async () => {
      const m = await merchant();
      const created = await offer(m.seller, m.shop.id, { variantId: m.variantId });
      const buyer = await signUp(api, 'buyer');
      const base = `/shops/${m.shop.id}/offers`;
      const body = { variantId: m.product.variants[1].id, price: idr(1) };
      for (const auth of [buyer.auth, {}]) {
        const expected = 'authorization' in auth ? 403 : 401;
        await api.http().post(base).set(auth).send(body).expect(expected);
        await api.http().get(base).set(auth).expect(expected);
        await api.http().get(`${base}/${created.id}`).set(auth).expect(expected);
        await api
          .http()
          .patch(`${base}/${created.id}`)
          .set(auth)
          .send({ active: false })
          .expect(expected);
      }
    });

    it("lets an admin manage any shop's offers", async () => {
      const m = await merchant();
      const admin = await signUp(api, 'admin');
      const created = await offer(admin, m.shop.id, { variantId: m.variantId });
      const res = await api
        .http()
        .patch(`/shops/${m.shop.id}/offers/${created.id}`)
        .set(admin.auth)
        .send({ active: false })
        .expect(200);
      expect(res.body.active).toBe(false);
      const list = await api.http().get(`/shops/${m.shop.id}/offers`).set(admin.auth).expect(200);
      expect(list.body.total).toBe(1);
    });
  });
});
