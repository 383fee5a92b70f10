import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  GetProductRatingQuery,
  ModerateReviewCommand,
  ProductRatingView,
  RATING_SUMMARY_CHANGED,
  RebuildReviewsReadModelCommand,
  RebuildReviewsReadModelResult,
  ReviewsModule,
  WriteReviewCommand,
} from '@pasar/reviews';
import { ReviewFactsConsumer } from '../src/infrastructure/jobs/review-facts.consumer';

/**
 * The reviews read model rebuilt from scratch: the local facts replayed from the outbox, every
 * rating summary recounted from the approved reviews, the reviews themselves untouched.
 */
describe('reviews: rebuilding the read model (Postgres)', () => {
  let context: IntegrationContext;
  let clock = Date.parse('2026-03-01T00:00:00.000Z');

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [ReviewsModule] });
  });
  afterAll(() => context?.close());

  /** Publishes the event to the outbox and delivers it to the consumer, as the worker would. */
  const feed = async (type: string, payload: object) => {
    const event: EventEnvelope = {
      id: randomUUID(),
      type,
      aggregateType: type.split('.')[0],
      aggregateId: randomUUID(),
      occurredAt: new Date((clock += 1000)).toISOString(),
      payload: payload as Record<string, unknown>,
    };
    await context.sql.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       values (?, ?, ?, ?, ?::jsonb, ?)`,
      [
        event.id,
        type,
        event.aggregateType,
        event.aggregateId,
        JSON.stringify(payload),
        event.occurredAt,
      ],
    );
    const consumer = context.module.get(ReviewFactsConsumer);
    await context.orm.em.fork().transactional((tx) => consumer.handle(event, tx as EntityManager));
  };
  const product = (id: string, status = 'active') =>
    feed('catalog.product-saved', {
      id,
      status,
      updatedAt: new Date(clock).toISOString(),
    });
  const deliveredOrder = async (buyerId: string, productId: string) => {
    const shopOrderId = randomUUID();
    await feed('ordering.order-placed', {
      orderId: randomUUID(),
      buyerId,
      shopOrders: [{ shopOrderId, shopId: randomUUID(), items: [{ productId }] }],
    });
    await feed('ordering.shop-order-delivered', { shopOrderId, buyerId });
  };
  const review = async (buyerId: string, productId: string, rating: number, approve = true) => {
    const { reviewId } = await context.run<{ reviewId: string }>(
      new WriteReviewCommand(buyerId, productId, rating, 'Title', 'Some text'),
    );
    if (approve) await context.run(new ModerateReviewCommand(reviewId, { approve: true }));
    return reviewId;
  };
  const rating = (productId: string) =>
    context.ask<ProductRatingView>(new GetProductRatingQuery(productId));
  const count = async (sql: string, params: unknown[] = []) =>
    (await context.sql.execute<{ n: number }[]>(sql, params))[0].n;
  const ratingEvents = (productId: string) =>
    count(`select count(*)::int as n from shared.outbox where type = ? and aggregate_id = ?`, [
      RATING_SUMMARY_CHANGED,
      productId,
    ]);

  it('restores the local facts and the right summaries, keeping every review', async () => {
    const [kite, lamp, mug] = [randomUUID(), randomUUID(), randomUUID()];
    const [ana, ben, cai] = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of [kite, lamp, mug]) await product(id);
    await deliveredOrder(ana, kite);
    await review(ana, kite, 5);
    await review(ben, kite, 3);
    await review(cai, kite, 1, false);
    await review(ana, lamp, 4);
    await product(mug, 'archived');

    const before = { kite: await rating(kite), lamp: await rating(lamp) };
    expect(before.kite).toMatchObject({ average: 4, count: 2 });
    const facts = `select (select count(*) from reviews.products)
                        + (select count(*) from reviews.purchased_items)
                        + (select count(*) from reviews.received_shop_orders) as n`;
    const factsBefore = Number(await count(facts));
    const reviewsBefore = await count('select count(*)::int as n from reviews.reviews');
    const kiteEvents = await ratingEvents(kite);

    // Drift the read model: a fact lost, one invented, a summary counted wrong.
    await context.sql.execute('delete from reviews.purchased_items');
    await context.sql.execute(
      `insert into reviews.products (product_id, active, updated_at) values (?, true, now())`,
      [randomUUID()],
    );
    await context.sql.execute(
      `update reviews.rating_summaries set stars1 = 7 where product_id = ?`,
      [lamp],
    );
    expect((await rating(lamp)).count).toBe(8);

    const result = await context.run<RebuildReviewsReadModelResult>(
      new RebuildReviewsReadModelCommand(2),
    );
    expect(result).toEqual({ replayed: 6, summaries: 2, corrected: 1 });

    expect(Number(await count(facts))).toBe(factsBefore);
    const [mugRow] = await context.sql.execute<{ active: boolean }[]>(
      'select active from reviews.products where product_id = ?',
      [mug],
    );
    expect(mugRow.active).toBe(false);
    expect(await count('select count(*)::int as n from reviews.reviews')).toBe(reviewsBefore);
    const [verified] = await context.sql.execute<{ verified: boolean }[]>(
      'select verified from reviews.reviews where buyer_id = ? and product_id = ?',
      [ana, kite],
    );
    expect(verified.verified).toBe(true);

    expect(await rating(kite)).toEqual(before.kite);
    expect(await rating(lamp)).toEqual(before.lamp);
    // Only the corrected summary tells search again.
    expect(await ratingEvents(kite)).toBe(kiteEvents);
    const [lampEvent] = await context.sql.execute<{ payload: { count: number } }[]>(
      `select payload from shared.outbox where type = ? and aggregate_id = ?
        order by position desc limit 1`,
      [RATING_SUMMARY_CHANGED, lamp],
    );
    expect(lampEvent.payload).toMatchObject({ productId: lamp, average: 4, count: 1 });
  });
});
