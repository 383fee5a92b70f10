import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { discoverEntities } from '@pasar/shared/testing';
import { Category } from '../../domain/category/category.aggregate';
import { CategoryRepository } from '../../domain/category/category.repository';
import { ProductImage } from '../../domain/product/product-image.entity';
import { Product } from '../../domain/product/product.aggregate';
import { ProductRepository } from '../../domain/product/product.repository';
import { Variant } from '../../domain/product/variant.entity';
import { ProductEditor } from './product-editor';

const now = new Date('2026-01-01T00:00:00Z');
const seller = { id: '22222222-2222-4222-8222-222222222222', role: 'seller' as const };

function setup() {
  const shirts = Category.create({ name: 'Shirts', slug: 'shirts', parent: null, now });
  const product = Product.create({
    name: 'Tee',
    slug: 'tee',
    description: null,
    category: shirts,
    createdBy: seller.id,
    variants: [{ sku: 'TEE', options: {} }],
    now,
  });
  const calls: string[] = [];
  const products = {
    findByIdForUpdate: jest.fn(async (id: string) => {
      calls.push('lock product');
      return id === product.id ? product : null;
    }),
    save: jest.fn(async () => void calls.push('save product')),
  } satisfies ProductRepository;
  const categories = {
    findById: jest.fn(async (id: string) => {
      calls.push('lock category');
      return id === shirts.id ? shirts : null;
    }),
  } as unknown as CategoryRepository;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const editor = new ProductEditor(em, products, categories);
  return { editor, product, products, shirts, calls };
}

describe('ProductEditor', () => {
  beforeAll(() => discoverEntities([Product, Variant, ProductImage]));

  it('lets the creator change the product and saves it', async () => {
    const { editor, product, products } = setup();
    await editor.edit({ actor: seller, productId: product.id }, (p, at) =>
      p.changeStatus('active', at),
    );
    expect(product.status).toBe('active');
    expect(products.save).toHaveBeenCalledWith(product);
  });

  it('lets an admin change any product', async () => {
    const { editor, product } = setup();
    const admin = { id: '33333333-3333-4333-8333-333333333333', role: 'admin' as const };
    await editor.edit({ actor: admin, productId: product.id }, (p, at) =>
      p.edit({ name: 'X' }, at),
    );
    expect(product.name).toBe('X');
  });

  it("answers another seller's product with the same 404 as a missing one", async () => {
    const { editor, product, products } = setup();
    const other = { id: '44444444-4444-4444-8444-444444444444', role: 'seller' as const };
    const change = jest.fn();
    await expect(
      editor.edit({ actor: other, productId: product.id }, change),
    ).rejects.toMatchObject({
      code: 'CATALOG.PRODUCT_NOT_FOUND',
    });
    expect(change).not.toHaveBeenCalled();
    expect(products.save).not.toHaveBeenCalled();
  });

  it('locks the named category before the product, then hands both to the change', async () => {
    const { editor, product, shirts, calls } = setup();
    const change = jest.fn();
    await editor.edit({ actor: seller, productId: product.id, categoryId: shirts.id }, change);
    expect(calls).toEqual(['lock category', 'lock product', 'save product']);
    expect(change).toHaveBeenCalledWith(product, expect.any(Date), {
      id: shirts.id,
      path: shirts.path,
    });
  });

  it('refuses an unknown category with a 422 naming categoryId', async () => {
    const { editor, product } = setup();
    await expect(
      editor.edit(
        {
          actor: seller,
          productId: product.id,
          categoryId: '99999999-9999-4999-8999-999999999999',
        },
        jest.fn(),
      ),
    ).rejects.toMatchObject({ code: 'CATALOG.CATEGORY_UNKNOWN', details: { field: 'categoryId' } });
  });

  it('turns a SKU unique violation into CATALOG.SKU_TAKEN naming the SKU', async () => {
    const { editor, product, products } = setup();
    const violation = Object.assign(new Error('duplicate key'), {
      constraint: 'variants_sku_unique',
      detail: 'Key (sku)=(TEE-XL) already exists.',
    });
    products.save.mockRejectedValueOnce(new UniqueConstraintViolationException(violation));
    await expect(
      editor.edit({ actor: seller, productId: product.id }, (p, at) =>
        p.addVariant({ sku: 'TEE-XL', options: { size: 'XL' } }, at),
      ),
    ).rejects.toMatchObject({
      code: 'CATALOG.SKU_TAKEN',
      details: { field: 'sku', sku: 'TEE-XL' },
    });
  });
});
