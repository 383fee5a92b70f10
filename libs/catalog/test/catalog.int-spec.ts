import { EntityManager } from '@mikro-orm/postgresql';
import {
  CatalogModule,
  CreateCategoryCommand,
  CreateProductCommand,
  GetVariantSummariesQuery,
  NewProduct,
  VariantSummary,
} from '@pasar/catalog';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { AddVariantCommand } from '../src/application/commands/add-variant/add-variant.command';
import { EditCategoryCommand } from '../src/application/commands/edit-category/edit-category.command';

const seller = { id: '22222222-2222-4222-8222-222222222222', role: 'seller' as const };
let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

describe('catalog persistence (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  const run = <T>(command: object): Promise<T> => context.run<T>(command);
  const ask = <T>(query: object): Promise<T> => context.ask<T>(query);
  const category = async (parentId: string | null = null) =>
    (await run<{ categoryId: string }>(new CreateCategoryCommand('C', unique('c'), parentId)))
      .categoryId;
  const product = async (categoryId: string, fields: Partial<NewProduct> = {}) =>
    (
      await run<{ productId: string }>(
        new CreateProductCommand(seller, {
          name: 'Tee',
          slug: unique('tee'),
          description: null,
          categoryId,
          variants: [{ sku: unique('SKU'), options: { size: 'L' } }],
          ...fields,
        }),
      )
    ).productId;
  const pathOf = async (table: 'categories' | 'products', id: string) => {
    const column = table === 'categories' ? 'path' : 'category_path';
    const [row] = await sql.execute(`select ${column} as path from catalog.${table} where id = ?`, [
      id,
    ]);
    return row.path as string;
  };

  beforeAll(async () => {
    context = await startIntegrationContext({ imports: [CatalogModule] });
    sql = context.sql;
  });

  afterAll(() => context.close());

  it('stores a product, its variants and its product-saved event in one transaction', async () => {
    const categoryId = await category();
    const productId = await product(categoryId, {
      slug: 'stored-tee',
      variants: [
        { sku: 'STORED-L-RED', options: { size: 'Large', colour: 'Red' } },
        { sku: 'STORED-M-RED', options: { size: 'Medium', colour: 'Red' } },
      ],
    });
    const variants = await sql.execute(
      'select sku, title, options, position from catalog.variants where product_id = ? order by position',
      [productId],
    );
    expect(variants).toEqual([
      {
        sku: 'STORED-L-RED',
        title: 'Large / Red',
        options: { size: 'Large', colour: 'Red' },
        position: 0,
      },
      {
        sku: 'STORED-M-RED',
        title: 'Medium / Red',
        options: { size: 'Medium', colour: 'Red' },
        position: 1,
      },
    ]);
    const events = await sql.execute(
      'select type, payload from shared.outbox where aggregate_id = ?',
      [productId],
    );
    expect(events).toEqual([
      {
        type: 'catalog.product-saved',
        payload: expect.objectContaining({
          id: productId,
          slug: 'stored-tee',
          status: 'draft',
          categoryPath: `/${categoryId}/`,
          variants: [
            expect.objectContaining({ sku: 'STORED-L-RED', title: 'Large / Red' }),
            expect.objectContaining({ sku: 'STORED-M-RED', title: 'Medium / Red' }),
          ],
        }),
      },
    ]);
  });

  it('moves a subtree: descendants and their products get the new path in the same transaction', async () => {
    const clothing = await category();
    const tees = await category(clothing);
    const vintage = await category(tees);
    const sale = await category();
    const productId = await product(vintage);
    await run(new EditCategoryCommand(tees, { parentId: sale }));
    expect(await pathOf('categories', tees)).toBe(`/${sale}/${tees}/`);
    expect(await pathOf('categories', vintage)).toBe(`/${sale}/${tees}/${vintage}/`);
    expect(await pathOf('categories', clothing)).toBe(`/${clothing}/`);
    expect(await pathOf('products', productId)).toBe(`/${sale}/${tees}/${vintage}/`);
    const [moved] = await sql.execute(
      `select payload from shared.outbox where aggregate_id = ? and type = 'catalog.category-moved'`,
      [tees],
    );
    expect(moved.payload).toEqual({
      id: tees,
      fromPath: `/${clothing}/${tees}/`,
      toPath: `/${sale}/${tees}/`,
    });
  });

  it('never builds a cycle when two categories are moved under each other at once', async () => {
    for (let round = 0; round < 5; round++) {
      const a = await category();
      const b = await category();
      const results = await Promise.allSettled([
        run(new EditCategoryCommand(a, { parentId: b })),
        run(new EditCategoryCommand(b, { parentId: a })),
      ]);
      const codes = results
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map((r) => r.reason.code);
      expect(codes).toEqual(['CATALOG.CATEGORY_CYCLE']);
      const paths = [await pathOf('categories', a), await pathOf('categories', b)].sort(
        (x, y) => x.length - y.length,
      );
      expect(paths[1].startsWith(paths[0])).toBe(true);
    }
  });

  it('lets exactly one of many racing creations have a slug or a SKU', async () => {
    const categoryId = await category();
    const slugRace = await Promise.allSettled(
      Array.from({ length: 6 }, () => product(categoryId, { slug: 'racing-slug' })),
    );
    expect(slugRace.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(
      slugRace
        .filter((r): r is PromiseRejectedResult => r.status === 'rejected')
        .map((r) => r.reason.code),
    ).toEqual(Array(5).fill('CATALOG.PRODUCT_SLUG_TAKEN'));
    const skuRace = await Promise.allSettled(
      Array.from({ length: 6 }, () =>
        product(categoryId, { variants: [{ sku: 'RACING-SKU', options: {} }] }),
      ),
    );
    const rejected = skuRace.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected.map((r) => [r.reason.code, r.reason.details.sku])).toEqual(
      Array(5).fill(['CATALOG.SKU_TAKEN', 'RACING-SKU']),
    );
  });

  it('keeps variant positions distinct when variants are added to one product at once', async () => {
    const productId = await product(await category());
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        run(
          new AddVariantCommand(seller, productId, { sku: unique('PAR'), options: { n: `${i}` } }),
        ),
      ),
    );
    const rows = await sql.execute<{ position: number }[]>(
      'select position from catalog.variants where product_id = ? order by position',
      [productId],
    );
    expect(rows.map((r) => r.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('summarizes the variants that exist and ignores unknown or malformed ids', async () => {
    const productId = await product(await category(), {
      name: 'Summary tee',
      slug: 'summary-tee',
      variants: [{ sku: 'SUM-L', options: { size: 'Large', colour: 'Red' } }],
    });
    const [variant] = await sql.execute<{ id: string }[]>(
      'select id from catalog.variants where product_id = ?',
      [productId],
    );
    const summaries = await ask<VariantSummary[]>(
      new GetVariantSummariesQuery([
        variant.id.toUpperCase(),
        '99999999-9999-4999-8999-999999999999',
        'not-a-uuid',
      ]),
    );
    expect(summaries).toEqual([
      {
        variantId: variant.id,
        sku: 'SUM-L',
        title: 'Large / Red',
        productId,
        productSlug: 'summary-tee',
        productName: 'Summary tee',
        productStatus: 'draft',
      },
    ]);
    expect(await ask(new GetVariantSummariesQuery([]))).toEqual([]);
  });
});
