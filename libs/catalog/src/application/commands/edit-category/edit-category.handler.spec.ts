import { EntityManager } from '@mikro-orm/postgresql';
import { Category } from '../../../domain/category/category.aggregate';
import { CategoryRepository } from '../../../domain/category/category.repository';
import { EditCategoryCommand } from './edit-category.command';
import { EditCategoryHandler } from './edit-category.handler';

const now = new Date('2026-01-01T00:00:00Z');

function setup() {
  const clothing = Category.create({ name: 'Clothing', slug: 'clothing', parent: null, now });
  const sale = Category.create({ name: 'Sale', slug: 'sale', parent: null, now });
  const tees = Category.create({ name: 'Tees', slug: 'tees', parent: clothing, now });
  const byId = new Map([clothing, sale, tees].map((c) => [c.id, c]));
  const calls: string[] = [];
  const categories = {
    findById: jest.fn(async (id: string, lock?: string) => {
      calls.push(`find ${byId.get(id)?.slug ?? id} ${lock}`);
      return byId.get(id) ?? null;
    }),
    lockTree: jest.fn(async () => void calls.push('lock tree')),
    save: jest.fn(async (c: Category) => void calls.push(`save ${c.slug}`)),
    moveDescendants: jest.fn(async () => void calls.push('move descendants')),
  } satisfies CategoryRepository;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  return {
    handler: new EditCategoryHandler(em, categories),
    categories,
    calls,
    clothing,
    sale,
    tees,
  };
}

describe('EditCategoryHandler', () => {
  it('renames under a row lock without taking the tree lock', async () => {
    const { handler, calls, tees } = setup();
    await handler.execute(new EditCategoryCommand(tees.id, { name: 'T-shirts' }));
    expect(calls).toEqual(['find tees update', 'save tees']);
    expect(tees.name).toBe('T-shirts');
  });

  it('moves under the tree lock and rewrites the descendants after saving', async () => {
    const { handler, categories, calls, clothing, sale, tees } = setup();
    await handler.execute(new EditCategoryCommand(clothing.id, { parentId: sale.id }));
    expect(calls).toEqual([
      'lock tree',
      'find clothing update',
      'find sale share',
      'save clothing',
      'move descendants',
    ]);
    expect(categories.moveDescendants).toHaveBeenCalledWith({
      from: `/${clothing.id}/`,
      to: `/${sale.id}/${clothing.id}/`,
    });
    expect(tees.path).toBe(`/${clothing.id}/${tees.id}/`);
  });

  it('makes a category a root when parentId is null', async () => {
    const { handler, tees } = setup();
    await handler.execute(new EditCategoryCommand(tees.id, { parentId: null }));
    expect(tees.path).toBe(`/${tees.id}/`);
  });

  it('refuses an unknown parent with a 422 naming parentId', async () => {
    const { handler, categories, tees } = setup();
    const missing = '99999999-9999-4999-8999-999999999999';
    await expect(
      handler.execute(new EditCategoryCommand(tees.id, { parentId: missing })),
    ).rejects.toMatchObject({
      code: 'CATALOG.CATEGORY_UNKNOWN',
      kind: 'unprocessable',
      details: { field: 'parentId' },
    });
    expect(categories.save).not.toHaveBeenCalled();
  });

  it('refuses a move into its own subtree and saves nothing', async () => {
    const { handler, categories, clothing, tees } = setup();
    await expect(
      handler.execute(new EditCategoryCommand(clothing.id, { parentId: tees.id })),
    ).rejects.toMatchObject({ code: 'CATALOG.CATEGORY_CYCLE' });
    expect(categories.save).not.toHaveBeenCalled();
  });

  it('answers 404 for an unknown category', async () => {
    const { handler } = setup();
    await expect(
      handler.execute(
        new EditCategoryCommand('99999999-9999-4999-8999-999999999999', { name: 'x' }),
      ),
    ).rejects.toMatchObject({ code: 'CATALOG.CATEGORY_NOT_FOUND' });
  });
});
