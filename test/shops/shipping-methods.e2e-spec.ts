import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { addShippingMethod, fieldsOf, idr, openShop, ShippingMethodBody } from './shops-fixtures';

describe('shops: shipping methods', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(() => api.close());

  const regular = {
    name: 'Regular',
    carrier: 'JNE',
    pricing: 'flat',
    price: idr(15_000),
    freeAbove: 250_000,
    estimatedDaysMin: 2,
    estimatedDaysMax: 4,
  };

  async function shopOfNewSeller() {
    const seller = await signUp(api, 'seller');
    const shop = await openShop(api, seller);
    return { seller, shopId: shop.id };
  }

  const methodsOf = async (seller: TestUser, shopId: string) =>
    (await api.http().get(`/shops/${shopId}/shipping-methods`).set(seller.auth).expect(200))
      .body as ShippingMethodBody[];

  it('lets the owner define, change, retire and delete methods; buyers see only the active ones', async () => {
    const { seller, shopId } = await shopOfNewSeller();
    const created = await addShippingMethod(api, seller, shopId, regular);
    expect(created).toMatchObject({ ...regular, shopId, active: true });
    const express = await addShippingMethod(api, seller, shopId, {
      name: 'Express',
      carrier: 'SiCepat',
      pricing: 'per_item',
      price: idr(9_000),
      estimatedDaysMin: 1,
      estimatedDaysMax: 1,
    });
    expect(express.freeAbove).toBeNull();

    const options = await api.http().get(`/shops/${shopId}/shipping-options`).expect(200);
    expect(options.body.map((o: ShippingMethodBody) => o.name)).toEqual(['Express', 'Regular']);

    const changed = await api
      .http()
      .patch(`/shops/${shopId}/shipping-methods/${created.id}`)
      .set(seller.auth)
      .send({ price: idr(18_000), freeAbove: null, active: false })
      .expect(200);
    expect(changed.body).toMatchObject({ price: idr(18_000), freeAbove: null, active: false });
    const afterRetiring = await api.http().get(`/shops/${shopId}/shipping-options`).expect(200);
    expect(afterRetiring.body.map((o: ShippingMethodBody) => o.id)).toEqual([express.id]);
    expect((await methodsOf(seller, shopId)).map((m) => [m.name, m.active])).toEqual([
      ['Regular', false],
      ['Express', true],
    ]);

    await api
      .http()
      .delete(`/shops/${shopId}/shipping-methods/${express.id}`)
      .set(seller.auth)
      .expect(204);
    const gone = await api
      .http()
      .get(`/shops/${shopId}/shipping-methods/${express.id}`)
      .set(seller.auth)
      .expect(404);
    expect(gone.body.code).toBe('SHOPS.SHIPPING_METHOD_NOT_FOUND');
    expect((await api.http().get(`/shops/${shopId}/shipping-options`).expect(200)).body).toEqual(
      [],
    );
  });

  it('answers another seller with 404 on every route of a shop that is not theirs, buyers with 403', async () => {
    const { seller, shopId } = await shopOfNewSeller();
    const method = await addShippingMethod(api, seller, shopId, regular);
    const intruder = await signUp(api, 'seller');
    const buyer = await signUp(api, 'buyer');
    const base = `/shops/${shopId}/shipping-methods`;
    const attempts = (who: TestUser) =>
      Promise.all([
        api.http().post(base).set(who.auth).send(regular),
        api.http().get(base).set(who.auth),
        api.http().get(`${base}/${method.id}`).set(who.auth),
        api.http().patch(`${base}/${method.id}`).set(who.auth).send({ active: false }),
        api.http().delete(`${base}/${method.id}`).set(who.auth),
      ]);
    for (const res of await attempts(intruder)) {
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('SHOPS.SHOP_NOT_FOUND');
    }
    for (const res of await attempts(buyer)) expect(res.status).toBe(403);
    await api.http().get(base).expect(401);
    // Nothing the others tried changed it.
    expect(await methodsOf(seller, shopId)).toEqual([method]);

    // A method of the seller's other shop is not one of this shop's.
    const other = await openShop(api, seller);
    await api
      .http()
      .get(`/shops/${other.id}/shipping-methods/${method.id}`)
      .set(seller.auth)
      .expect(404);
  });

  it('refuses bad terms with a 400 naming the field', async () => {
    const { seller, shopId } = await shopOfNewSeller();
    const post = (body: Record<string, unknown>) =>
      api
        .http()
        .post(`/shops/${shopId}/shipping-methods`)
        .set(seller.auth)
        .send({ ...regular, ...body })
        .expect(400);
    const bad = await post({ name: '', pricing: 'by_weight', price: idr(-1), freeAbove: 0 });
    expect(fieldsOf(bad.body)).toEqual(
      expect.arrayContaining(['name', 'pricing', 'price.amount', 'freeAbove']),
    );
    const days = await post({ estimatedDaysMin: 5, estimatedDaysMax: 3 });
    expect(days.body).toMatchObject({
      code: 'SHOPS.INVALID_SHIPPING_METHOD',
      details: { field: 'estimatedDaysMax' },
    });
    const method = await addShippingMethod(api, seller, shopId, regular);
    const patched = await api
      .http()
      .patch(`/shops/${shopId}/shipping-methods/${method.id}`)
      .set(seller.auth)
      .send({ estimatedDaysMin: 9 })
      .expect(400);
    expect(patched.body.details).toEqual({ field: 'estimatedDaysMax' });
    await api
      .http()
      .patch(`/shops/${shopId}/shipping-methods/${method.id}`)
      .set(seller.auth)
      .send({ name: null })
      .expect(400);
  });

  it('shows no options of an unknown or closed shop (404)', async () => {
    const { seller, shopId } = await shopOfNewSeller();
    await addShippingMethod(api, seller, shopId, regular);
    await api.http().patch(`/shops/${shopId}`).set(seller.auth).send({ active: false }).expect(200);
    const closed = await api.http().get(`/shops/${shopId}/shipping-options`).expect(404);
    expect(closed.body.code).toBe('SHOPS.SHOP_NOT_FOUND');
    await api.http().get('/shops/not-a-uuid/shipping-options').expect(400);
  });
});
