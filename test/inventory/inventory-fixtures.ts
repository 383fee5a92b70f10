// Helpers shared by the inventory end-to-end specs: shops, variants and warehouses through HTTP.
import { TestApi, TestUser } from '../support/test-api';

export interface WarehouseBody {
  id: string;
  shopId: string;
  name: string;
  address: Record<string, string | null>;
  priority: number;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface VariantStockBody {
  shopId: string;
  variantId: string;
  onHand: number;
  reserved: number;
  available: number;
  sellable: number;
  warehouses: {
    warehouseId: string;
    warehouseName: string;
    priority: number;
    active: boolean;
    onHand: number;
    reserved: number;
    available: number;
  }[];
}

/** The fields a 400 REQUEST.VALIDATION_FAILED names, sorted. */
export const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();

let counter = 0;
const unique = (base: string) => `${base}-${Date.now().toString(36)}-${++counter}`;

export const warehouseBody = (overrides: Record<string, unknown> = {}) => ({
  name: 'Bekasi DC',
  address: { line1: 'Jl. Gudang 5', city: 'Bekasi', postalCode: '17111', countryCode: 'id' },
  ...overrides,
});

export async function openShop(api: TestApi, seller: TestUser): Promise<string> {
  const res = await api
    .http()
    .post('/shops')
    .set(seller.auth)
    .send({ name: 'Toko Stok', slug: unique('stok') })
    .expect(201);
  return res.body.id;
}

/** A product with `count` variants in the central catalog; returns the variant ids. */
export async function createVariants(
  api: TestApi,
  admin: TestUser,
  seller: TestUser,
  count = 1,
): Promise<string[]> {
  const category = await api
    .http()
    .post('/catalog/categories')
    .set(admin.auth)
    .send({ name: 'Kaos', slug: unique('kaos') })
    .expect(201);
  const product = await api
    .http()
    .post('/catalog/products')
    .set(seller.auth)
    .send({
      name: 'Kaos Polos',
      slug: unique('kaos-polos'),
      categoryId: category.body.id,
      variants: Array.from({ length: count }, (_, i) => ({
        sku: unique(`KAOS-${i}`),
        options: { size: ['S', 'M', 'L', 'XL'][i % 4] + (i >= 4 ? String(i) : '') },
      })),
    })
    .expect(201);
  return product.body.variants.map((v: { id: string }) => v.id);
}

export async function openWarehouse(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  overrides: Record<string, unknown> = {},
): Promise<WarehouseBody> {
  const res = await api
    .http()
    .post(`/shops/${shopId}/warehouses`)
    .set(seller.auth)
    .send(warehouseBody(overrides))
    .expect(201);
  return res.body as WarehouseBody;
}

export async function receive(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  warehouseId: string,
  variantId: string,
  quantity: number,
): Promise<VariantStockBody> {
  const res = await api
    .http()
    .post(`/shops/${shopId}/warehouses/${warehouseId}/receipts`)
    .set(seller.auth)
    .send({ variantId, quantity })
    .expect(201);
  return res.body as VariantStockBody;
}
