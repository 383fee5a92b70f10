import { Category } from './category.aggregate';
import { CategoryCycleError } from './category.errors';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');

function category(slug: string, parent: Category | null = null): Category {
  const created = Category.create({ name: ` ${slug} `, slug, parent, now });
  created.pullEvents();
  return created;
}

describe('Category', () => {
  it('materializes its path from the root and records CategorySaved', () => {
    const root = Category.create({ name: 'Clothing ', slug: 'clothing', parent: null, now });
    const child = Category.create({ name: 'Tees', slug: 'tees', parent: root, now });
    expect(root.path).toBe(`/${root.id}/`);
    expect(child.path).toBe(`/${root.id}/${child.id}/`);
    expect(child.parentId).toBe(root.id);
    const [event] = root.pullEvents();
    expect(event.type).toBe('catalog.category-saved');
    expect(event.payload).toEqual({
      id: root.id,
      slug: 'clothing',
      name: 'Clothing',
      parentId: null,
      path: root.path,
    });
  });

  it('renames without moving', () => {
    const root = category('clothing');
    expect(root.edit({ name: 'Apparel', slug: 'apparel' }, later)).toBeNull();
    expect([root.name, root.slug, root.updatedAt]).toEqual(['Apparel', 'apparel', later]);
    expect(root.pullEvents().map((e) => e.type)).toEqual(['catalog.category-saved']);
  });

  it('moves under another category and reports the subtree move', () => {
    const clothing = category('clothing');
    const sale = category('sale');
    const tees = category('tees', clothing);
    const move = tees.edit({ parent: sale }, later);
    expect(move).toEqual({ from: `/${clothing.id}/${tees.id}/`, to: `/${sale.id}/${tees.id}/` });
    expect(tees.parentId).toBe(sale.id);
    expect(tees.path).toBe(`/${sale.id}/${tees.id}/`);
    const events = tees.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['catalog.category-moved', 'catalog.category-saved']);
    expect(events[0].payload).toEqual({ id: tees.id, fromPath: move!.from, toPath: move!.to });
  });

  it('becomes a root when moved to null', () => {
    const clothing = category('clothing');
    const tees = category('tees', clothing);
    tees.edit({ parent: null }, later);
    expect(tees.parentId).toBeNull();
    expect(tees.path).toBe(`/${tees.id}/`);
  });

  it('reports no move when the parent stays the same', () => {
    const clothing = category('clothing');
    const tees = category('tees', clothing);
    expect(tees.edit({ parent: clothing }, later)).toBeNull();
    expect(tees.pullEvents().map((e) => e.type)).toEqual(['catalog.category-saved']);
  });

  it('refuses to move under itself', () => {
    const clothing = category('clothing');
    expect(() => clothing.edit({ parent: clothing }, later)).toThrow(CategoryCycleError);
  });

  it('refuses to move under one of its descendants', () => {
    const clothing = category('clothing');
    const tees = category('tees', clothing);
    const vintage = category('vintage', tees);
    expect(() => clothing.edit({ parent: vintage }, later)).toThrow(
      expect.objectContaining({ code: 'CATALOG.CATEGORY_CYCLE', kind: 'conflict' }),
    );
    expect(clothing.path).toBe(`/${clothing.id}/`);
  });
});
