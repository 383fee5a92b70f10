import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { RebuildSearchIndexCommand, SearchModule } from '@pasar/search';
import { SearchProjectionConsumer } from '../src/infrastructure/jobs/search-projection.consumer';
import { ListProductsQuery } from '../src/application/queries/list-products/list-products.query';
import { ProductListFilters } from '../src/application/queries/list-products/product-listing';

interface ProductRow {
  id: string;
  category_ids: string[];
  status: string;
  min_price: string | null;
  currency: string | null;
  offer_count: number;
  available: boolean;
  listed: boolean;
}

const filters = (overrides: Partial<ProductListFilters> = {}): ProductListFilters => ({
  sort: 'price_asc',
  limit: 20,
  offset: 0,
  ...overrides,
});

describe('search read model (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  let clock = Date.parse('2026-01-01T00:00:00.000Z');
  const fed: EventEnvelope[] = [];

  /** Delivers one event to the consumer in its own transaction, as the worker's inbox does. */
  const feed = async (type: string, payload: object, occurredAt = new Date((clock += 1000))) => {
    const event: EventEnvelope = {
      id: randomUUID(),
      type,
      aggregateType: type.split('.')[0],
      aggregateId: randomUUID(),
      occurredAt: occurredAt.toISOString(),
      payload: payload as Record<string, unknown>,
    };
    fed.push(event);
    const consumer = context.module.get(SearchProjectionConsumer);
    await context.orm.em.fork().transactional((tx) => consumer.handle(event, tx as EntityManager));
  };
  const product = async (id: string) =>
    (await sql.execute<ProductRow[]>('select * from search.products where id = ?', [id]))[0];
  const dump = async () => ({
    products: await sql.execute(
      `select id, slug, name, category_ids, status, min_price, currency, offer_count, available,
              listed, as_of from search.products order by id`,
    ),
    offers: await sql.execute('select * from search.offers order by id'),
    shops: await sql.execute('select * from search.shops order by id'),
    categories: await sql.execute('select * from search.categories order by id'),
    availability: await sql.execute(
      'select * from search.availability order by shop_id, variant_id',
    ),
  });

  const root = randomUUID();
  const child = randomUUID();
  const otherRoot = randomUUID();
  const [shopA, shopB] = [randomUUID(), randomUUID()];
  const [shirt, sarong, draft] = [randomUUID(), randomUUID(), randomUUID()];
  const [shirtVariant, sarongVariant, draftVariant] = [randomUUID(), randomUUID(), randomUUID()];
  const [offerA, offerB, offerSarong, offerDraft] = [
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
  ];

  const productSaved = (
    id: string,
    name: string,
    path: string,
    variantId: string,
    status = 'active',
  ) =>
    feed('catalog.product-saved', {
      id,
      slug: `${name}-${id.slice(0, 8)}`,
      name,
      description: null,
      categoryId: path.split('/').filter(Boolean).pop(),
      categoryPath: path,
      status,
      createdBy: randomUUID(),
      createdAt: new Date(clock).toISOString(),
      updatedAt: new Date(clock).toISOString(),
      variants: [{ id: variantId, sku: `SKU-${name}`, title: 'Default', options: {} }],
      imageUrl: null,
    });
  const shopSaved = (shopId: string, active: boolean, version: number) =>
    feed('shops.shop-saved', {
      shopId,
      ownerId: randomUUID(),
      slug: `shop-${shopId.slice(0, 8)}`,
      name: 'Shop',
      active,
      version,
    });
  const offerSaved = (
    offerId: string,
    shopId: string,
    productId: string,
    variantId: string,
    amount: number,
    version = 1,
  ) =>
    feed('shops.offer-saved', {
      offerId,
      shopId,
      productId,
      variantId,
      price: { amount, currency: 'IDR' },
      compareAtPrice: null,
      active: true,
      version,
    });
  const availability = (shopId: string, variantId: string, available: number, at?: Date) =>
    feed('inventory.availability-changed', { shopId, variantId, available }, at);

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [SearchModule] });
    sql = context.sql;
    await feed('catalog.category-saved', {
      id: root,
      slug: 'root',
      name: 'Root',
      parentId: null,
      path: `/${root}/`,
    });
    await feed('catalog.category-saved', {
      id: child,
      slug: 'child',
      name: 'Child',
      parentId: root,
      path: `/${root}/${child}/`,
    });
    // Stock arrives before the offer it belongs to.
    await availability(shopA, shirtVariant, 5);
    await offerSaved(offerA, shopA, shirt, shirtVariant, 1000);
    await productSaved(shirt, 'shirt', `/${root}/${child}/`, shirtVariant);
    await shopSaved(shopA, true, 1);
    await shopSaved(shopB, true, 1);
    await offerSaved(offerB, shopB, shirt, shirtVariant, 800);
    await productSaved(sarong, 'sarong', `/${root}/`, sarongVariant);
    await offerSaved(offerSarong, shopA, sarong, sarongVariant, 500);
    await productSaved(draft, 'draft', `/${root}/`, draftVariant, 'draft');
    await offerSaved(offerDraft, shopA, draft, draftVariant, 100);
  });

  afterAll(() => context.close());

  it('derives each product row from its active offers of active shops', async () => {
    expect(await product(shirt)).toMatchObject({
      category_ids: [root, child],
      min_price: '800',
      currency: 'IDR',
      offer_count: 2,
      available: true,
      listed: true,
    });
    expect(await product(sarong)).toMatchObject({ offer_count: 1, available: false, listed: true });
    expect(await product(draft)).toMatchObject({ offer_count: 1, listed: false });
  });

  it('ignores an offer event older than the stored version', async () => {
    await offerSaved(offerB, shopB, shirt, shirtVariant, 700, 3);
    await offerSaved(offerB, shopB, shirt, shirtVariant, 50, 2);
    expect(await product(shirt)).toMatchObject({ min_price: '700' });
  });

  it('unlists a shop’s offers when it closes, and ignores a late, older shop event', async () => {
    await shopSaved(shopB, false, 2);
    await shopSaved(shopB, true, 1);
    expect(await product(shirt)).toMatchObject({ min_price: '1000', offer_count: 1 });
    await shopSaved(shopB, true, 3);
    expect(await product(shirt)).toMatchObject({ min_price: '700', offer_count: 2 });
  });

  it('keeps the newer availability when an older event arrives late', async () => {
    const late = new Date(clock - 60_000);
    await availability(shopA, sarongVariant, 3);
    await availability(shopA, sarongVariant, 0, late);
    expect(await product(sarong)).toMatchObject({ available: true });
    const [row] = await sql.execute('select available from search.offers where id = ?', [
      offerSarong,
    ]);
    expect(row.available).toBe(3);
  });

  it('ignores a product event older than the row', async () => {
    await productSaved(sarong, 'sarong', `/${root}/`, sarongVariant, 'archived');
    await feed(
      'catalog.product-saved',
      {
        id: sarong,
        slug: 'sarong-old',
        name: 'Old',
        description: null,
        categoryId: root,
        categoryPath: `/${root}/`,
        status: 'active',
        createdAt: new Date(clock).toISOString(),
        variants: [],
        imageUrl: null,
      },
      new Date(clock - 60_000),
    );
    expect(await product(sarong)).toMatchObject({ status: 'archived', listed: false });
    await productSaved(sarong, 'sarong', `/${root}/`, sarongVariant);
    expect(await product(sarong)).toMatchObject({ status: 'active', listed: true });
  });

  it('rewrites the category paths under a moved category', async () => {
    await feed('catalog.category-saved', {
      id: otherRoot,
      slug: 'other',
      name: 'Other',
      parentId: null,
      path: `/${otherRoot}/`,
    });
    await feed('catalog.category-moved', {
      id: child,
      fromPath: `/${root}/${child}/`,
      toPath: `/${otherRoot}/${child}/`,
    });
    expect((await product(shirt)).category_ids).toEqual([otherRoot, child]);
    const [category] = await sql.execute('select path from search.categories where id = ?', [
      child,
    ]);
    expect(category.path).toBe(`/${otherRoot}/${child}/`);
    const underRoot = await context.ask<{ items: { id: string }[] }>(
      new ListProductsQuery(filters({ categoryId: root })),
    );
    expect(underRoot.items.map((item) => item.id)).toEqual([sarong]);
    const underOther = await context.ask<{ items: { id: string }[] }>(
      new ListProductsQuery(filters({ categoryId: otherRoot })),
    );
    expect(underOther.items.map((item) => item.id)).toEqual([shirt]);
  });

  it("prices a list with one shop's offers only when scoped to it", async () => {
    const page = await context.ask<{ items: object[]; total: number }>(
      new ListProductsQuery(filters(), shopB),
    );
    expect(page).toMatchObject({
      total: 1,
      items: [{ id: shirt, lowestPrice: { amount: 700, currency: 'IDR' }, offerCount: 1 }],
    });
  });

  it('counts every offer when many arrive for one product at once', async () => {
    const crowded = randomUUID();
    const variant = randomUUID();
    await productSaved(crowded, 'crowded', `/${root}/`, variant);
    const shops = Array.from({ length: 8 }, () => randomUUID());
    await Promise.all(shops.map((shopId) => shopSaved(shopId, true, 1)));
    await Promise.all(
      shops.flatMap((shopId, i) => [
        offerSaved(randomUUID(), shopId, crowded, variant, 100 + i),
        availability(shopId, variant, i),
      ]),
    );
    expect(await product(crowded)).toMatchObject({
      min_price: '100',
      offer_count: 8,
      available: true,
    });
  });

  it('rebuilds the same rows by replaying the outbox in order', async () => {
    const before = await dump();
    for (const event of fed) {
      await sql.execute(
        `insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at)
         values (?, ?, ?, ?, ?, ?)`,
        [
          event.id,
          event.type,
          event.aggregateType,
          event.aggregateId,
          JSON.stringify(event.payload),
          event.occurredAt,
        ],
      );
    }
    await sql.execute(
      "insert into shared.outbox (id, type, aggregate_type, aggregate_id, payload, occurred_at) values (?, 'identity.user-registered', 'User', 'u', '{}', now())",
      [randomUUID()],
    );
    const result = await context.run<{ replayed: number }>(new RebuildSearchIndexCommand(7));
    expect(result.replayed).toBe(fed.length);
    expect(await dump()).toEqual(before);
  });
});
