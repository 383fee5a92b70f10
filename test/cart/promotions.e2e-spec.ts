import { randomUUID } from 'node:crypto';
import { RedeemPromotionCommand, ReleasePromotionRedemptionCommand } from '@pasar/cart';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  addLine,
  cartOf,
  fieldsOf,
  openMarket,
  PricedCartBody,
  sellable,
  Sellable,
} from './cart-fixtures';

interface PromotionBody {
  id: string;
  code: string;
  kind: string;
  percent: number | null;
  amount: number | null;
  currency: string | null;
  shopId: string | null;
  minimumSubtotal: number;
  startsAt: string;
  endsAt: string | null;
  usageLimit: number | null;
  used: number;
  perBuyerLimit: number | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const DAY = 86_400_000;
let codes = 0;
const freshCode = (base: string) => `${base}${Date.now().toString(36)}${++codes}`.toUpperCase();

describe('cart: promotions', () => {
  let api: TestApi;
  let market: Awaited<ReturnType<typeof openMarket>>;
  /** Toko A sells at 30 000 and 10 000 IDR; Toko B at 20 000 IDR. Plenty of stock. */
  let a30: Sellable;
  let a10: Sellable;
  let b20: Sellable;

  beforeAll(async () => {
    api = await startTestApi();
    market = await openMarket(api);
    const { sellerA, sellerB, shopA, shopB, categoryId } = market;
    [a30, a10, b20] = await Promise.all([
      sellable(api, sellerA, shopA.id, categoryId, { price: 30_000, stock: 50 }),
      sellable(api, sellerA, shopA.id, categoryId, { price: 10_000, stock: 50 }),
      sellable(api, sellerB, shopB.id, categoryId, { price: 20_000, stock: 50 }),
    ]);
  });

  afterAll(() => api.close());

  const create = async (user: TestUser, body: Record<string, unknown>, status = 201) =>
    (await api.http().post('/promotions').set(user.auth).send(body).expect(status)).body;
  const percentOff = (percent: number, extra: Record<string, unknown> = {}) => ({
    code: freshCode('hemat'),
    kind: 'percent',
    percent,
    ...extra,
  });
  const apply = (buyer: TestUser, code: string) =>
    api.http().put('/cart/promotion').set(buyer.auth).send({ code });

  /** A buyer with 30 000 + 10 000 at Toko A and 20 000 at Toko B (subtotal 60 000). */
  async function buyerWithCart(): Promise<TestUser> {
    const buyer = await signUp(api, 'buyer');
    for (const offer of [a30, a10, b20]) await addLine(api, buyer, offer.offerId, 1).expect(201);
    return buyer;
  }

  describe('managing promotions', () => {
    it('lets an admin create a platform-wide promotion, code stored upper case', async () => {
      const code = freshCode('Hemat');
      const created: PromotionBody = await create(market.admin, {
        code: code.toLowerCase(),
        kind: 'percent',
        percent: 10,
        usageLimit: 100,
        perBuyerLimit: 1,
      });
      expect(created).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code,
        kind: 'percent',
        percent: 10,
        amount: null,
        currency: null,
        shopId: null,
        minimumSubtotal: 0,
        startsAt: expect.any(String),
        endsAt: null,
        usageLimit: 100,
        used: 0,
        perBuyerLimit: 1,
        active: true,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      const read = await api
        .http()
        .get(`/promotions/${created.id}`)
        .set(market.admin.auth)
        .expect(200);
      expect(read.body).toEqual(created);
      const taken = await create(market.admin, percentOff(5, { code: code.toLowerCase() }), 409);
      expect(taken.code).toBe('CART.PROMOTION_CODE_TAKEN');
    });

    it('lets a seller create a promotion for its own shop only', async () => {
      const { sellerA, sellerB, shopA, shopB } = market;
      const own: PromotionBody = await create(sellerA, percentOff(15, { shopId: shopA.id }));
      expect(own.shopId).toBe(shopA.id);
      const platform = await create(sellerA, percentOff(15), 403);
      expect(platform.code).toBe('CART.PLATFORM_PROMOTION_FORBIDDEN');
      const others = await create(sellerB, percentOff(15, { shopId: shopA.id }), 404);
      expect(others.code).toBe('CART.SHOP_NOT_FOUND');
      const unknown = await create(sellerB, percentOff(15, { shopId: randomUUID() }), 404);
      expect(unknown.code).toBe('CART.SHOP_NOT_FOUND');
      // An admin may create one for any shop; its seller then manages it.
      const byAdmin: PromotionBody = await create(
        market.admin,
        percentOff(5, { shopId: shopB.id }),
      );
      await api
        .http()
        .patch(`/promotions/${byAdmin.id}`)
        .set(sellerB.auth)
        .send({ active: false })
        .expect(200);
    });

    it("hides other shops' promotions from a seller (404) and lists only its own", async () => {
      const { admin, sellerA, sellerB, shopA, shopB } = market;
      const mine: PromotionBody = await create(sellerB, percentOff(5, { shopId: shopB.id }));
      const theirs: PromotionBody = await create(sellerA, percentOff(5, { shopId: shopA.id }));
      const platform: PromotionBody = await create(admin, percentOff(5));
      for (const id of [theirs.id, platform.id]) {
        const get = await api.http().get(`/promotions/${id}`).set(sellerB.auth).expect(404);
        expect(get.body.code).toBe('CART.PROMOTION_NOT_FOUND');
        await api
          .http()
          .patch(`/promotions/${id}`)
          .set(sellerB.auth)
          .send({ active: false })
          .expect(404);
      }
      expect(
        (await api.http().get(`/promotions/${theirs.id}`).set(admin.auth).expect(200)).body.active,
      ).toBe(true);

      const listed = await api.http().get('/promotions?limit=100').set(sellerB.auth).expect(200);
      const ids = listed.body.items.map((p: PromotionBody) => p.id);
      expect(ids).toContain(mine.id);
      expect(listed.body.items.every((p: PromotionBody) => p.shopId === shopB.id)).toBe(true);
      const all = await api.http().get('/promotions?limit=100').set(admin.auth).expect(200);
      const allIds = all.body.items.map((p: PromotionBody) => p.id);
      expect(allIds).toEqual(expect.arrayContaining([mine.id, theirs.id, platform.id]));
      expect(all.body.total).toBeGreaterThan(listed.body.total);
      const page = await api.http().get('/promotions?limit=1&offset=1').set(admin.auth).expect(200);
      expect(page.body).toMatchObject({ limit: 1, offset: 1, total: all.body.total });
      expect(page.body.items.map((p: PromotionBody) => p.id)).toEqual([allIds[1]]);
    });

    it('is not for buyers (403)', async () => {
      const buyer = await signUp(api, 'buyer');
      const res = await create(buyer, percentOff(10), 403);
      expect(res.code).toBe('AUTH.FORBIDDEN');
      await api.http().get('/promotions').set(buyer.auth).expect(403);
    });

    it('refuses bad terms with a 400 naming the field', async () => {
      const { admin } = market;
      const cases: [Record<string, unknown>, string[]][] = [
        [{ code: 'a b', kind: 'percent', percent: 10 }, ['code']],
        [{ code: freshCode('x'), kind: 'percent' }, ['percent']],
        [{ code: freshCode('x'), kind: 'percent', percent: 101 }, ['percent']],
        [{ code: freshCode('x'), kind: 'fixed', amount: 0 }, ['amount', 'currency']],
        [{ code: freshCode('x'), kind: 'bogo' }, ['kind']],
        [
          { code: freshCode('x'), kind: 'percent', percent: 5, endsAt: 'soon', usageLimit: 0 },
          ['endsAt', 'usageLimit'],
        ],
      ];
      for (const [body, fields] of cases) {
        const res = await create(admin, body, 400);
        expect(res.code).toBe('REQUEST.VALIDATION_FAILED');
        expect(fieldsOf(res)).toEqual(fields);
      }
      const rules: [Record<string, unknown>, string][] = [
        [{ kind: 'percent', percent: 10, amount: 500 }, 'amount'],
        [{ kind: 'percent', percent: 10, minimumSubtotal: 5_000 }, 'currency'],
        [
          {
            kind: 'percent',
            percent: 10,
            startsAt: new Date().toISOString(),
            endsAt: new Date(Date.now() - DAY).toISOString(),
          },
          'endsAt',
        ],
      ];
      for (const [body, field] of rules) {
        const res = await create(admin, { code: freshCode('x'), ...body }, 400);
        expect(res).toMatchObject({ code: 'CART.INVALID_PROMOTION', details: { field } });
      }
    });

    it('changes the active flag, end and limits, never a limit below the uses so far', async () => {
      const created: PromotionBody = await create(market.admin, percentOff(10, { usageLimit: 5 }));
      await api.command(new RedeemPromotionCommand(created.id, randomUUID(), randomUUID(), 1_000));
      await api.command(new RedeemPromotionCommand(created.id, randomUUID(), randomUUID(), 1_000));
      const endsAt = new Date(Date.now() + 7 * DAY).toISOString();
      const revised = await api
        .http()
        .patch(`/promotions/${created.id}`)
        .set(market.admin.auth)
        .send({ active: false, endsAt, usageLimit: 2, perBuyerLimit: 3 })
        .expect(200);
      expect(revised.body).toMatchObject({
        active: false,
        endsAt,
        usageLimit: 2,
        perBuyerLimit: 3,
        used: 2,
      });
      const below = await api
        .http()
        .patch(`/promotions/${created.id}`)
        .set(market.admin.auth)
        .send({ usageLimit: 1 })
        .expect(422);
      expect(below.body).toMatchObject({
        code: 'CART.PROMOTION_LIMIT_BELOW_USAGE',
        details: { used: 2 },
      });
      const cleared = await api
        .http()
        .patch(`/promotions/${created.id}`)
        .set(market.admin.auth)
        .send({ endsAt: null, usageLimit: null })
        .expect(200);
      expect(cleared.body).toMatchObject({ endsAt: null, usageLimit: null, perBuyerLimit: 3 });
      const bad = await api
        .http()
        .patch(`/promotions/${created.id}`)
        .set(market.admin.auth)
        .send({ active: null, perBuyerLimit: 0 })
        .expect(400);
      expect(fieldsOf(bad.body)).toEqual(['active', 'perBuyerLimit']);
      await api.http().get('/promotions/not-a-uuid').set(market.admin.auth).expect(400);
    });
  });

  describe('applying a code to the cart', () => {
    it('splits a platform discount over the shops in proportion to their subtotals', async () => {
      const promo: PromotionBody = await create(market.admin, percentOff(10));
      const buyer = await buyerWithCart();
      const res = await apply(buyer, promo.code.toLowerCase()).expect(200);
      const cart = res.body as PricedCartBody;
      expect(cart.shops.map((s) => [s.shopId, s.subtotal, s.discount, s.total])).toEqual([
        [market.shopA.id, 40_000, 4_000, 36_000],
        [market.shopB.id, 20_000, 2_000, 18_000],
      ]);
      expect(cart).toMatchObject({
        subtotal: 60_000,
        discount: 6_000,
        total: 54_000,
        promotion: { id: promo.id, code: promo.code, valid: true, problem: null },
      });
      expect(await cartOf(api, buyer)).toEqual(cart);
      // Applying counts no use: only placing an order does.
      const read = await api
        .http()
        .get(`/promotions/${promo.id}`)
        .set(market.admin.auth)
        .expect(200);
      expect(read.body.used).toBe(0);
    });

    it('splits a fixed amount so the shop parts add up exactly', async () => {
      const promo: PromotionBody = await create(market.admin, {
        code: freshCode('potong'),
        kind: 'fixed',
        amount: 1_001,
        currency: 'IDR',
      });
      const buyer = await buyerWithCart();
      const cart = (await apply(buyer, promo.code).expect(200)).body as PricedCartBody;
      // 1001 × 40/60 = 667.33 and 1001 × 20/60 = 333.67: 667 + 333, the 1 left to the larger.
      expect(cart.shops.map((s) => s.discount)).toEqual([668, 333]);
      expect(cart).toMatchObject({ discount: 1_001, total: 58_999 });
    });

    it('takes a shop promotion off that shop’s lines only', async () => {
      const promo: PromotionBody = await create(
        market.sellerB,
        percentOff(50, { shopId: market.shopB.id }),
      );
      const buyer = await buyerWithCart();
      const cart = (await apply(buyer, promo.code).expect(200)).body as PricedCartBody;
      expect(cart.shops.map((s) => [s.shopId, s.discount, s.total])).toEqual([
        [market.shopA.id, 0, 40_000],
        [market.shopB.id, 10_000, 10_000],
      ]);
      expect(cart).toMatchObject({ discount: 10_000, total: 50_000 });
    });

    it('answers each reason a code does not apply with its own code', async () => {
      const { admin, sellerB, shopB } = market;
      const buyer = await buyerWithCart();
      const now = Date.now();
      const exhausted: PromotionBody = await create(admin, percentOff(10, { usageLimit: 1 }));
      await api.command(new RedeemPromotionCommand(exhausted.id, randomUUID(), randomUUID(), 100));
      const once: PromotionBody = await create(admin, percentOff(10, { perBuyerLimit: 1 }));
      await api.command(new RedeemPromotionCommand(once.id, buyer.id, randomUUID(), 100));
      const cases: [Record<string, unknown> | null, string, number][] = [
        [null, 'CART.PROMOTION_NOT_FOUND', 404],
        [percentOff(10, { active: false }), 'CART.PROMOTION_INACTIVE', 422],
        [
          percentOff(10, { startsAt: new Date(now + DAY).toISOString() }),
          'CART.PROMOTION_NOT_STARTED',
          422,
        ],
        [
          percentOff(10, {
            startsAt: new Date(now - 2 * DAY).toISOString(),
            endsAt: new Date(now - DAY).toISOString(),
          }),
          'CART.PROMOTION_EXPIRED',
          422,
        ],
        [
          percentOff(10, { minimumSubtotal: 60_001, currency: 'IDR' }),
          'CART.PROMOTION_MINIMUM_NOT_MET',
          422,
        ],
        [
          { code: freshCode('usd'), kind: 'fixed', amount: 100, currency: 'USD' },
          'CART.PROMOTION_CURRENCY_MISMATCH',
          422,
        ],
      ];
      for (const [body, code, status] of cases) {
        const promoCode = body ? (await create(admin, body)).code : freshCode('nope');
        const res = await apply(buyer, promoCode).expect(status);
        expect(res.body.code).toBe(code);
      }
      expect((await apply(buyer, exhausted.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_EXHAUSTED',
      );
      expect((await apply(buyer, once.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_BUYER_LIMIT_REACHED',
      );
      // A shop promotion whose shop is not in the cart, or whose minimum its lines miss.
      const lonely = await signUp(api, 'buyer');
      await addLine(api, lonely, a10.offerId, 1).expect(201);
      const shopOnly: PromotionBody = await create(sellerB, percentOff(10, { shopId: shopB.id }));
      expect((await apply(lonely, shopOnly.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_NOT_APPLICABLE',
      );
      const shopMinimum: PromotionBody = await create(
        sellerB,
        percentOff(10, { shopId: shopB.id, minimumSubtotal: 20_001, currency: 'IDR' }),
      );
      expect((await apply(buyer, shopMinimum.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_MINIMUM_NOT_MET',
      );
      // An empty cart has nothing to discount.
      const empty = await signUp(api, 'buyer');
      expect((await apply(empty, shopOnly.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_NOT_APPLICABLE',
      );
      const malformed = await apply(buyer, 'no spaces!').expect(400);
      expect(fieldsOf(malformed.body)).toEqual(['code']);
      expect((await cartOf(api, buyer)).promotion).toBeNull();
    });

    it('shows an applied code that stopped applying as invalid, taking nothing off', async () => {
      const promo: PromotionBody = await create(market.admin, percentOff(10));
      const buyer = await buyerWithCart();
      await apply(buyer, promo.code).expect(200);
      await api
        .http()
        .patch(`/promotions/${promo.id}`)
        .set(market.admin.auth)
        .send({ active: false })
        .expect(200);
      const cart = await cartOf(api, buyer);
      expect(cart.promotion).toEqual({
        id: promo.id,
        code: promo.code,
        valid: false,
        problem: 'CART.PROMOTION_INACTIVE',
      });
      expect(cart).toMatchObject({ subtotal: 60_000, discount: 0, total: 60_000 });
      expect(cart.shops.map((s) => s.discount)).toEqual([0, 0]);
    });

    it('removes the code, and emptying the cart removes it too', async () => {
      const promo: PromotionBody = await create(market.admin, percentOff(10));
      const buyer = await buyerWithCart();
      await apply(buyer, promo.code).expect(200);
      const removed = await api.http().delete('/cart/promotion').set(buyer.auth).expect(200);
      expect(removed.body).toMatchObject({ promotion: null, discount: 0, total: 60_000 });
      await api.http().delete('/cart/promotion').set(buyer.auth).expect(200);

      await apply(buyer, promo.code).expect(200);
      await api.http().delete('/cart').set(buyer.auth).expect(200);
      await addLine(api, buyer, b20.offerId, 1).expect(201);
      expect((await cartOf(api, buyer)).promotion).toBeNull();
    });

    it('gives a released order’s use back to the buyer', async () => {
      const promo: PromotionBody = await create(market.admin, percentOff(10, { perBuyerLimit: 1 }));
      const buyer = await buyerWithCart();
      const orderId = randomUUID();
      await api.command(new RedeemPromotionCommand(promo.id, buyer.id, orderId, 6_000));
      expect((await apply(buyer, promo.code).expect(422)).body.code).toBe(
        'CART.PROMOTION_BUYER_LIMIT_REACHED',
      );
      await api.command(new ReleasePromotionRedemptionCommand(orderId));
      await api.command(new ReleasePromotionRedemptionCommand(orderId));
      const cart = (await apply(buyer, promo.code).expect(200)).body as PricedCartBody;
      expect(cart.discount).toBe(6_000);
      const read = await api
        .http()
        .get(`/promotions/${promo.id}`)
        .set(market.admin.auth)
        .expect(200);
      expect(read.body.used).toBe(0);
    });
  });
});
