import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EventEnvelope } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { RebuildSearchIndexCommand, SearchModule } from '@pasar/search';
import { SearchProjectionConsumer } from '../src/infrastructure/jobs/search-projection.consumer';
import {
  SearchCriteria,
  SearchProductsQuery,
} from '../src/application/queries/search-products/search-products.query';
import { SearchResultView } from '../src/application/queries/search-products/search-result.view';

describe('search: ratings and the full-text document (Postgres)', () => {
  let context: IntegrationContext;
  let clock = Date.parse('2026-02-01T00:00:00.000Z');

  const feed = async (type: string, payload: object, occurredAt = new Date((clock += 1000))) => {
    const event: EventEnvelope = {
      id: randomUUID(),
      type,
      aggregateType: type.split('.')[0],
      aggregateId: randomUUID(),
      occurredAt: occurredAt.toISOString(),
      payload: payload as Record<string, unknown>,
    };
    const consumer = context.module.get(SearchProjectionConsumer);
    await context.orm.em.fork().transactional((tx) => consumer.handle(event, tx as EntityManager));
    // The rebuild replays from the outbox: keep a copy there as the relay would have.
    await context.sql.execute(
      `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
       values (?, ?, ?, ?, ?::jsonb, ?)`,
      [event.id, type, event.aggregateType, event.aggregateId, JSON.stringify(payload), occurredAt],
    );
  };
  const rating = (productId: string, average: number, count: number, at?: Date) =>
    feed(
      'reviews.rating-summary-changed',
      { productId, average, count, histogram: { '1': 0, '2': 0, '3': 0, '4': 0, '5': count } },
      at,
    );
  const search = async (criteria: Partial<SearchCriteria>): Promise<SearchResultView> =>
    context.module
      .get(QueryBus)
      .execute(new SearchProductsQuery({ sort: 'relevance', limit: 20, offset: 0, ...criteria }));
  const row = async (id: string) =>
    (
      await context.sql.execute<{ rating_average: string; rating_count: number }[]>(
        'select rating_average, rating_count from search.products where id = ?',
        [id],
      )
    )[0];

  const category = randomUUID();
  const shop = randomUUID();
  const tag = `q${randomUUID().slice(0, 6)}`;
  const [kite, kettle, lamp] = [randomUUID(), randomUUID(), randomUUID()];

  const product = async (id: string, name: string) => {
    const variantId = randomUUID();
    await feed('catalog.product-saved', {
      id,
      slug: `p-${id.slice(0, 8)}`,
      name: `${name} ${tag}`,
      description: null,
      categoryId: category,
      categoryPath: `/${category}/`,
      status: 'active',
      createdAt: new Date(clock).toISOString(),
      variants: [{ id: variantId, sku: `SKU-${id}`, title: 'Default', options: { size: 'M' } }],
      imageUrl: null,
    });
    await feed('shops.offer-saved', {
      offerId: randomUUID(),
      shopId: shop,
      productId: id,
      variantId,
      price: { amount: 1000, currency: 'IDR' },
      compareAtPrice: null,
      active: true,
      version: 1,
    });
  };

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [SearchModule] });
    await feed('catalog.category-saved', {
      id: category,
      slug: 'toys',
      name: 'Toys',
      parentId: null,
      path: `/${category}/`,
    });
    await feed('shops.shop-saved', {
      shopId: shop,
      slug: 'toko-layang',
      name: 'Toko Layang',
      active: true,
      version: 1,
    });
    // A summary may arrive before its product: it is kept and applied when the product comes.
    await rating(kite, 4.5, 2);
    await product(kite, 'Kite');
    await product(kettle, 'Kettle');
    await product(lamp, 'Lamp');
    await rating(lamp, 3.25, 4);
  });

  afterAll(() => context.close());

  it('copies rating summaries onto products, also one that came before its product', async () => {
    expect(await row(kite)).toEqual({ rating_average: '4.50', rating_count: 2 });
    expect(await row(lamp)).toEqual({ rating_average: '3.25', rating_count: 4 });
    expect(await row(kettle)).toEqual({ rating_average: '0.00', rating_count: 0 });
  });

  it('keeps the newer summary when an older one arrives late', async () => {
    await rating(lamp, 1, 1, new Date(Date.parse('2026-01-01T00:00:00.000Z')));
    expect(await row(lamp)).toEqual({ rating_average: '3.25', rating_count: 4 });
  });

  it('filters, sorts and buckets by rating', async () => {
    const atLeast4 = await search({ q: tag, minRating: 4 });
    expect(atLeast4.items.map((item) => item.id)).toEqual([kite]);
    expect(atLeast4.items[0].rating).toEqual({ average: 4.5, count: 2 });

    const byRating = await search({ q: tag, sort: 'rating' });
    expect(byRating.items.map((item) => item.id)).toEqual([kite, lamp, kettle]);
    expect(byRating.facets.ratings).toEqual([
      { minRating: 4, count: 1 },
      { minRating: 3, count: 2 },
      { minRating: 2, count: 2 },
      { minRating: 1, count: 2 },
    ]);
  });

  it('finds products by their category and shop names (weight C)', async () => {
    expect(await search({ q: `layang ${tag}` })).toMatchObject({ total: 3, fuzzy: false });
    expect(await search({ q: `toys ${tag}` })).toMatchObject({ total: 3, fuzzy: false });
    await feed('catalog.category-saved', {
      id: category,
      slug: 'toys',
      name: 'Mainan',
      parentId: null,
      path: `/${category}/`,
    });
    expect(await search({ q: `mainan ${tag}` })).toMatchObject({ total: 3, fuzzy: false });
    // The old name is gone from the documents: only the typo fallback (on names) still answers.
    expect(await search({ q: `toys ${tag}` })).toMatchObject({ fuzzy: true });
  });

  it('rebuilds ratings and documents from the outbox', async () => {
    await context.module.get(CommandBus).execute(new RebuildSearchIndexCommand());
    expect(await row(kite)).toEqual({ rating_average: '4.50', rating_count: 2 });
    expect(await row(lamp)).toEqual({ rating_average: '3.25', rating_count: 4 });
    expect((await search({ q: `mainan ${tag}`, minRating: 3 })).total).toBe(2);
  });
});
