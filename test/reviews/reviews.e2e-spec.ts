import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { eventually, startWorker } from '../support/worker';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  Market,
  pay,
  placedOrder,
  shopOrderOf,
  sql,
  twoShopMarket,
} from '../ordering/ordering-fixtures';

interface ReviewBody {
  id: string;
  productId: string;
  buyerId: string;
  rating: number;
  status: string;
  verified: boolean;
  rejectReason: string | null;
  helpfulCount: number;
  notHelpfulCount: number;
  reply: { text: string; shopId: string } | null;
}

describe('reviews (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    market = await twoShopMarket(api);
    // Reviews learns which products exist from catalog events: wait until it knows the market's.
    const ids = [market.a30, market.a10, market.b20].map((item) => item.productId);
    await eventually(async () => {
      const [{ known }] = await sql(api).execute<{ known: number }[]>(
        'select count(*)::int as known from reviews.products where product_id in (?) and active',
        [ids],
      );
      expect(known).toBe(ids.length);
    });
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  const http = () => api.http();
  const write = (who: TestUser, productId: string, body: object) =>
    http().post(`/products/${productId}/reviews`).set(who.auth).send(body);
  const review = (rating: number, title = `${rating} stars`) => ({
    rating,
    title,
    text: 'Worn it for a week.',
  });
  const written = async (who: TestUser, productId: string, rating: number) =>
    (await write(who, productId, review(rating)).expect(201)).body as ReviewBody;
  const approve = (id: string) =>
    http().post(`/admin/reviews/${id}/approve`).set(market.admin.auth);
  const reject = (id: string, body: object) =>
    http().post(`/admin/reviews/${id}/reject`).set(market.admin.auth).send(body);
  const publicList = async (productId: string, sort = 'newest') =>
    (await http().get(`/products/${productId}/reviews`).query({ sort }).expect(200)).body as {
      items: ReviewBody[];
      total: number;
    };
  const rating = async (productId: string) =>
    (await http().get(`/products/${productId}/rating`).expect(200)).body;
  const myReviews = async (who: TestUser) =>
    (await http().get('/me/reviews').set(who.auth).expect(200)).body.items as ReviewBody[];

  /** Places, pays, ships and delivers an order of one unit of the product from shop A. */
  async function delivered(buyer?: Awaited<ReturnType<typeof placedOrder>>['buyer']) {
    const { a30, shopA, sellerA } = market;
    const placed = await placedOrder(api, [[a30, 1]], buyer);
    await pay(api, placed.buyer, placed.order.id);
    const shopOrder = shopOrderOf(placed.order, shopA.id);
    const parcel = { carrier: 'JNE', trackingNumber: 'JNE-7' };
    await http()
      .post(`/shop-orders/${shopOrder.id}/ship`)
      .set(sellerA.auth)
      .send(parcel)
      .expect(200);
    await http().post(`/shop-orders/${shopOrder.id}/deliver`).set(sellerA.auth).expect(200);
    return { ...placed, shopOrderId: shopOrder.id };
  }

  const received = (shopOrderId: string) =>
    eventually(async () => {
      const rows = await sql(api).execute(
        'select 1 from reviews.received_shop_orders where shop_order_id = ?',
        [shopOrderId],
      );
      expect(rows).toHaveLength(1);
    });

  it('marks a review verified when the buyer received the product, now or later', async () => {
    const { a30 } = market;
    const { buyer, shopOrderId } = await delivered();
    await received(shopOrderId);
    const mine = await written(buyer, a30.productId, 5);
    expect(mine).toMatchObject({ status: 'pending', verified: true, buyerId: buyer.id });

    const stranger = await signUp(api, 'buyer');
    expect(await written(stranger, a30.productId, 2)).toMatchObject({ verified: false });

    // Reviewed while the parcel was on its way: verified once it is delivered.
    const early = await placedOrder(api, [[a30, 1]]);
    await pay(api, early.buyer, early.order.id);
    expect(await written(early.buyer, a30.productId, 4)).toMatchObject({ verified: false });
    const shopOrderId2 = shopOrderOf(early.order, market.shopA.id).id;
    const parcel = { carrier: 'JNE', trackingNumber: 'JNE-8' };
    await http()
      .post(`/shop-orders/${shopOrderId2}/ship`)
      .set(market.sellerA.auth)
      .send(parcel)
      .expect(200);
    await http().post(`/shop-orders/${shopOrderId2}/deliver`).set(market.sellerA.auth).expect(200);
    await eventually(async () => {
      expect((await myReviews(early.buyer))[0]).toMatchObject({ verified: true });
    });
  });

  it('shows only approved reviews; admins moderate; the rating summary follows', async () => {
    const { b20 } = market;
    const product = b20.productId;
    const [u1, u2, u3] = await Promise.all([1, 2, 3].map(() => signUp(api, 'buyer')));
    const [r5, r4, r1] = [
      await written(u1, product, 5),
      await written(u2, product, 4),
      await written(u3, product, 1),
    ];
    expect(await publicList(product)).toMatchObject({ items: [], total: 0 });
    expect(await rating(product)).toEqual({
      productId: product,
      average: 0,
      count: 0,
      histogram: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });

    const queue = await http()
      .get('/admin/reviews')
      .query({ status: 'pending', limit: 100 })
      .set(market.admin.auth)
      .expect(200);
    const queued = queue.body.items.map((r: ReviewBody) => r.id);
    expect(queued).toEqual(expect.arrayContaining([r5.id, r4.id, r1.id]));
    await http().get('/admin/reviews').set(u1.auth).expect(403);
    await approve(r5.id).set(u1.auth).expect(403);

    expect((await approve(r5.id).expect(200)).body).toMatchObject({ status: 'approved' });
    await approve(r4.id).expect(200);
    const twice = await approve(r4.id).expect(409);
    expect(twice.body).toMatchObject({
      code: 'REVIEWS.ILLEGAL_TRANSITION',
      details: { from: 'approved', to: 'approved' },
    });
    const noReason = await reject(r1.id, {}).expect(400);
    expect(noReason.body.code).toBeDefined();
    const refused = await reject(r1.id, { reason: 'Not about the product' }).expect(200);
    expect(refused.body).toMatchObject({
      status: 'rejected',
      rejectReason: 'Not about the product',
    });
    expect((await myReviews(u3))[0]).toMatchObject({
      status: 'rejected',
      rejectReason: 'Not about the product',
    });

    const visible = await publicList(product);
    expect(visible.total).toBe(2);
    expect(visible.items.map((r) => r.id)).toEqual([r4.id, r5.id]);
    expect(visible.items[0]).not.toHaveProperty('buyerId');
    expect(await rating(product)).toEqual({
      productId: product,
      average: 4.5,
      count: 2,
      histogram: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
    });

    // Taking an approved review down changes the summary again.
    await reject(r5.id, { reason: 'Spam' }).expect(200);
    expect(await rating(product)).toMatchObject({ average: 4, count: 1 });

    const events = await sql(api).execute<{ payload: { average: number; count: number } }[]>(
      `select payload from shared.outbox
        where type = 'reviews.rating-summary-changed' and aggregate_id = ? order by position`,
      [product],
    );
    expect(events.map((e) => [e.payload.average, e.payload.count])).toEqual([
      [5, 1],
      [4.5, 2],
      [4, 1],
    ]);
    await approve('00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('counts one vote per other user; sorts by helpfulness', async () => {
    const { a10 } = market;
    const product = a10.productId;
    const [author1, author2, voter1, voter2] = await Promise.all(
      [1, 2, 3, 4].map(() => signUp(api, 'buyer')),
    );
    const first = await written(author1, product, 3);
    const second = await written(author2, product, 4);
    const vote = (who: TestUser, id: string, helpful: unknown) =>
      http().post(`/reviews/${id}/votes`).set(who.auth).send({ helpful });

    await vote(voter1, first.id, true).expect(404); // still pending
    await approve(first.id).expect(200);
    await approve(second.id).expect(200);

    await vote(voter1, first.id, true).expect(204);
    await vote(voter2, first.id, false).expect(204);
    await vote(market.sellerB, first.id, true).expect(204);
    const again = await vote(voter1, first.id, false).expect(409);
    expect(again.body.code).toBe('REVIEWS.ALREADY_VOTED');
    const own = await vote(author1, first.id, true).expect(403);
    expect(own.body.code).toBe('REVIEWS.OWN_REVIEW');
    await vote(voter1, first.id, 'yes').expect(400);
    await http().post(`/reviews/${first.id}/votes`).send({ helpful: true }).expect(401);

    const helpful = await publicList(product, 'helpful');
    expect(helpful.items.map((r) => [r.id, r.helpfulCount, r.notHelpfulCount])).toEqual([
      [first.id, 2, 1],
      [second.id, 0, 0],
    ]);
    expect((await publicList(product, 'newest')).items.map((r) => r.id)).toEqual([
      second.id,
      first.id,
    ]);
  });

  it('keeps counts exact under concurrent votes and approvals', async () => {
    const product = market.a30.productId;
    const authors = await Promise.all([1, 2, 3, 4, 5, 6].map(() => signUp(api, 'buyer')));
    const reviews = await Promise.all(authors.map((who, i) => written(who, product, (i % 5) + 1)));
    const before = await rating(product);
    await Promise.all(reviews.map((r) => approve(r.id).expect(200)));
    const after = await rating(product);
    expect(after.count).toBe(before.count + reviews.length);
    expect(after.histogram['1']).toBe(before.histogram['1'] + 2);

    const target = reviews[0];
    const voters = authors.slice(1);
    await Promise.all(
      voters.map((who) =>
        http()
          .post(`/reviews/${target.id}/votes`)
          .set(who.auth)
          .send({ helpful: true })
          .expect(204),
      ),
    );
    const shown = (await publicList(product, 'helpful')).items[0];
    expect([shown.id, shown.helpfulCount]).toEqual([target.id, voters.length]);
  });

  it('lets the seller of a shop selling the product reply once', async () => {
    const { b20, sellerA, sellerB } = market;
    const author = await signUp(api, 'buyer');
    const pending = await written(author, b20.productId, 3);
    const reply = (who: TestUser, id: string, text = 'Thank you!') =>
      http().post(`/reviews/${id}/reply`).set(who.auth).send({ text });

    await reply(sellerB, pending.id).expect(404); // not public yet
    await approve(pending.id).expect(200);
    const foreign = await reply(sellerA, pending.id).expect(403);
    expect(foreign.body.code).toBe('REVIEWS.NOT_PRODUCT_SELLER');
    await reply(author, pending.id).expect(403);
    await reply(sellerB, pending.id, '  ').expect(400);
    await reply(sellerB, '00000000-0000-4000-8000-000000000000').expect(404);

    await reply(sellerB, pending.id).expect(204);
    const twice = await reply(sellerB, pending.id, 'Again').expect(409);
    expect(twice.body.code).toBe('REVIEWS.ALREADY_REPLIED');
    const shown = (await publicList(b20.productId)).items.find((r) => r.id === pending.id);
    expect(shown?.reply).toMatchObject({ text: 'Thank you!', shopId: market.shopB.id });
  });

  it('refuses bad input with 400s, a second review with 409, and non-buyers', async () => {
    const { a10 } = market;
    const buyer = await signUp(api, 'buyer');
    const bad = await write(buyer, a10.productId, { rating: 6, title: 'x', text: 'y' }).expect(400);
    expect(JSON.stringify(bad.body)).toContain('rating');
    await write(buyer, a10.productId, { rating: 3, text: 'y' }).expect(400);
    await write(buyer, a10.productId, { rating: 3, title: ' ', text: 'y' }).expect(400);
    await write(buyer, a10.productId, { rating: '3', title: 't', text: 'y' }).expect(400);
    await write(buyer, 'not-a-uuid', review(3)).expect(400);
    const unknown = await write(buyer, randomUUID(), review(3)).expect(404);
    expect(unknown.body.code).toBe('REVIEWS.PRODUCT_NOT_FOUND');
    await http().get(`/products/${a10.productId}/reviews`).query({ sort: 'best' }).expect(400);
    await http().get('/products/nope/rating').expect(400);
    await http().get('/admin/reviews').query({ status: 'lost' }).set(market.admin.auth).expect(400);
    await write(market.sellerA, a10.productId, review(5)).expect(403);
    await http().post(`/products/${a10.productId}/reviews`).send(review(5)).expect(401);

    await written(buyer, a10.productId, 3);
    const second = await write(buyer, a10.productId, review(1)).expect(409);
    expect(second.body.code).toBe('REVIEWS.ALREADY_REVIEWED');
    expect(await myReviews(buyer)).toHaveLength(1);
  });
});
