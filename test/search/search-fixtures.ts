// Helpers for the search end-to-end specs.
import { TestApi, TestUser } from '../support/test-api';

/** The fields a 400 REQUEST.VALIDATION_FAILED names, sorted. */
export const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();

let counter = 0;
export const unique = (base: string) => `${base}-${Date.now().toString(36)}-${++counter}`;

export async function createCategory(
  api: TestApi,
  admin: TestUser,
  name: string,
  parentId?: string,
): Promise<string> {
  const res = await api
    .http()
    .post('/catalog/categories')
    .set(admin.auth)
    .send({ name, slug: unique(name.toLowerCase()), ...(parentId ? { parentId } : {}) })
    .expect(201);
  return res.body.id;
}

export interface CreatedProduct {
  id: string;
  slug: string;
  variantIds: string[];
}

/** A catalog product with one variant per size, activated unless `draft`. */
export async function createProduct(
  api: TestApi,
  seller: TestUser,
  name: string,
  categoryId: string,
  sizes: string[] = ['M'],
  draft = false,
): Promise<CreatedProduct> {
  const slug = unique(name.toLowerCase());
  const res = await api
    .http()
    .post('/catalog/products')
    .set(seller.auth)
    .send({
      name,
      slug,
      categoryId,
      variants: sizes.map((size) => ({ sku: unique(`${name}-${size}`), options: { size } })),
    })
    .expect(201);
  if (!draft) {
    await api
      .http()
      .post(`/catalog/products/${res.body.id}/status`)
      .set(seller.auth)
      .send({ status: 'active' })
      .expect(200);
  }
  return {
    id: res.body.id,
    slug,
    variantIds: res.body.variants.map((v: { id: string }) => v.id),
  };
}

export async function openShop(
  api: TestApi,
  seller: TestUser,
  name: string,
): Promise<{ id: string; slug: string }> {
  const res = await api
    .http()
    .post('/shops')
    .set(seller.auth)
    .send({ name, slug: unique(name.toLowerCase().replace(/\s+/g, '-')) })
    .expect(201);
  return { id: res.body.id, slug: res.body.slug };
}

export async function offer(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  variantId: string,
  amount: number,
): Promise<string> {
  const res = await api
    .http()
    .post(`/shops/${shopId}/offers`)
    .set(seller.auth)
    .send({ variantId, price: { amount, currency: 'IDR' } })
    .expect(201);
  return res.body.id;
}

export async function stockUp(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  lines: { variantId: string; quantity: number }[],
): Promise<void> {
  const warehouse = await api
    .http()
    .post(`/shops/${shopId}/warehouses`)
    .set(seller.auth)
    .send({
      name: 'Gudang',
      address: { line1: 'Jl. Gudang 5', city: 'Bekasi', postalCode: '17111', countryCode: 'id' },
    })
    .expect(201);
  for (const line of lines) {
    await api
      .http()
      .post(`/shops/${shopId}/warehouses/${warehouse.body.id}/receipts`)
      .set(seller.auth)
      .send(line)
      .expect(201);
  }
}
