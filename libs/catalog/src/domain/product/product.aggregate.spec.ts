import { discoverEntities } from '@pasar/shared/testing';
import { ProductImage, StoredImage } from './product-image.entity';
import { Product, VariantSpec } from './product.aggregate';
import { ProductSavedPayload } from '../../contracts/catalog.events';
import {
  IllegalStatusTransitionError,
  SkuTakenError,
  VariantOptionsTakenError,
} from './product.errors';
import { Variant } from './variant.entity';

const now = new Date('2026-01-01T00:00:00Z');
const later = new Date('2026-01-02T00:00:00Z');
const category = {
  id: '11111111-1111-4111-8111-111111111111',
  path: '/11111111-1111-4111-8111-111111111111/',
};
const seller = '22222222-2222-4222-8222-222222222222';

function product(
  variants: VariantSpec[] = [{ sku: 'TEE-L-RED', options: { size: 'Large', colour: 'Red' } }],
) {
  const created = Product.create({
    name: ' Cotton tee ',
    slug: 'cotton-tee',
    description: null,
    category,
    createdBy: seller,
    variants,
    now,
  });
  created.pullEvents();
  return created;
}

const stored = (n: number): StoredImage => ({
  storageKey: `products/p/${n}.jpg`,
  url: `http://localhost/media/products/p/${n}.jpg`,
  contentType: 'image/jpeg',
  size: 100,
});

const lastSaved = (p: Product) => p.pullEvents().at(-1)!.payload as ProductSavedPayload;

describe('Product', () => {
  beforeAll(() => discoverEntities([Product, Variant, ProductImage]));

  it('is created as a draft and records its whole listing state', () => {
    const created = Product.create({
      name: ' Cotton tee ',
      slug: 'cotton-tee',
      description: 'Soft',
      category,
      createdBy: seller,
      variants: [{ sku: 'TEE-L-RED', options: { ' Size ': ' Large ', colour: 'Red' } }],
      now,
    });
    expect(created.status).toBe('draft');
    expect(created.name).toBe('Cotton tee');
    const events = created.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['catalog.product-saved']);
    expect(events[0].payload).toEqual({
      id: created.id,
      slug: 'cotton-tee',
      name: 'Cotton tee',
      description: 'Soft',
      categoryId: category.id,
      categoryPath: category.path,
      status: 'draft',
      createdBy: seller,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      variants: [
        {
          id: expect.any(String),
          sku: 'TEE-L-RED',
          title: 'Large / Red',
          options: { size: 'Large', colour: 'Red' },
        },
      ],
      imageUrl: null,
    });
  });

  it('titles a variant without options "Default"', () => {
    const created = product([{ sku: 'MUG', options: {} }]);
    expect(created.variants.getItems()[0].title).toBe('Default');
  });

  it('refuses two variants with the same options, whatever their order and case', () => {
    const created = product();
    expect(() =>
      created.addVariant({ sku: 'OTHER', options: { colour: 'red', SIZE: 'large' } }, later),
    ).toThrow(VariantOptionsTakenError);
    expect(() =>
      product([
        { sku: 'A', options: { size: 'S' } },
        { sku: 'B', options: { size: 's' } },
      ]),
    ).toThrow(expect.objectContaining({ code: 'CATALOG.VARIANT_OPTIONS_TAKEN' }));
  });

  it('refuses a SKU the product already uses', () => {
    const created = product();
    expect(() => created.addVariant({ sku: 'TEE-L-RED', options: { size: 'S' } }, later)).toThrow(
      SkuTakenError,
    );
  });

  it('refuses more than five options', () => {
    const options = { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6' };
    expect(() => product().addVariant({ sku: 'X', options }, later)).toThrow(
      expect.objectContaining({ code: 'CATALOG.TOO_MANY_OPTIONS' }),
    );
  });

  it('adds a variant after the others and records the new state', () => {
    const created = product();
    const variant = created.addVariant(
      { sku: 'TEE-M-RED', options: { size: 'Medium', colour: 'Red' } },
      later,
    );
    expect(variant.position).toBe(1);
    expect(created.updatedAt).toEqual(later);
    expect(lastSaved(created).variants.map((v) => v.sku)).toEqual(['TEE-L-RED', 'TEE-M-RED']);
  });

  it('edits a variant, keeping its own combination allowed and others refused', () => {
    const created = product();
    const medium = created.addVariant({ sku: 'TEE-M', options: { size: 'Medium' } }, now);
    const [large] = created.variants.getItems();
    created.editVariant(
      large.id,
      { sku: 'TEE-L', options: { size: 'Large', colour: 'Red' } },
      later,
    );
    expect(large.sku).toBe('TEE-L');
    expect(() => created.editVariant(large.id, { options: { size: 'medium' } }, later)).toThrow(
      VariantOptionsTakenError,
    );
    expect(() => created.editVariant(large.id, { sku: medium.sku }, later)).toThrow(SkuTakenError);
    expect(() => created.editVariant(category.id, { sku: 'Z' }, later)).toThrow(
      expect.objectContaining({ code: 'CATALOG.VARIANT_NOT_FOUND' }),
    );
  });

  it('edits its fields and refiles under another category', () => {
    const created = product();
    const sale = {
      id: '33333333-3333-4333-8333-333333333333',
      path: `${category.path}33333333-3333-4333-8333-333333333333/`,
    };
    created.edit({ name: 'Tee', description: 'New', category: sale }, later);
    expect([created.name, created.slug, created.description]).toEqual(['Tee', 'cotton-tee', 'New']);
    expect(lastSaved(created)).toMatchObject({ categoryId: sale.id, categoryPath: sale.path });
    created.edit({ description: null }, later);
    expect(created.description).toBeNull();
  });

  it.each([
    ['draft', 'active'],
    ['draft', 'archived'],
    ['active', 'archived'],
    ['archived', 'draft'],
    ['archived', 'active'],
  ] as const)('moves from %s to %s', (from, to) => {
    const created = product();
    if (from === 'active') created.changeStatus('active', now);
    if (from === 'archived') created.changeStatus('archived', now);
    created.changeStatus(to, later);
    expect(created.status).toBe(to);
    expect(lastSaved(created).status).toBe(to);
  });

  it.each([
    ['draft', 'draft'],
    ['active', 'active'],
    ['active', 'draft'],
    ['archived', 'archived'],
  ] as const)('refuses to move from %s to %s', (from, to) => {
    const created = product();
    if (from !== 'draft') created.changeStatus(from, now);
    expect(() => created.changeStatus(to, later)).toThrow(IllegalStatusTransitionError);
    expect(created.status).toBe(from);
  });

  it('orders images, moves one and closes the gap when one is removed', () => {
    const created = product();
    const [a, b, c] = [1, 2, 3].map((n) => created.addImage(stored(n), null, now));
    expect([a, b, c].map((i) => i.position)).toEqual([0, 1, 2]);
    expect(lastSaved(created).imageUrl).toBe(a.url);
    created.editImage(c.id, { position: 0, alt: 'Back' }, later);
    expect([c, a, b].map((i) => i.position)).toEqual([0, 1, 2]);
    expect(c.alt).toBe('Back');
    expect(lastSaved(created).imageUrl).toBe(c.url);
    created.editImage(c.id, { position: 99 }, later);
    expect([a, b, c].map((i) => i.position)).toEqual([0, 1, 2]);
    expect(created.removeImage(a.id, later)).toBe(a);
    expect([b, c].map((i) => i.position)).toEqual([0, 1]);
    expect(lastSaved(created).imageUrl).toBe(b.url);
  });

  it('caps the images', () => {
    const created = product();
    for (let n = 0; n < 10; n++) created.addImage(stored(n), null, now);
    expect(() => created.addImage(stored(11), null, now)).toThrow(
      expect.objectContaining({ code: 'CATALOG.IMAGE_LIMIT' }),
    );
  });
});
