// Helpers shared by the shops end-to-end specs.
import { signUp, TestApi, TestUser } from '../support/test-api';

export interface ShopBody {
  id: string;
  ownerId: string;
  name: string;
  slug: string;
  description: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface OfferBody {
  id: string;
  shopId: string;
  variantId: string;
  productId: string;
  price: { amount: number; currency: string };
  compareAtPrice: { amount: number; currency: string } | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ProductBody {
  id: string;
  variants: { id: string }[];
}

/** The fields a 400 REQUEST.VALIDATION_FAILED names, sorted. */
export const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();

export const idr = (amount: number) => ({ amount, currency: 'IDR' });

let counter = 0;
/** A slug (or SKU) no other test uses. */
export const unique = (base: string) => `${base}-${Date.now().toString(36)}-${++counter}`;

export async function openShop(
  api: TestApi,
  seller: TestUser,
  body: Record<string, unknown> = {},
): Promise<ShopBody> {
  const res = await api
    .http()
    .post('/shops')
    .set(seller.auth)
    .send({ name: 'Toko Ana', slug: unique('toko'), ...body })
    .expect(201);
  return res.body as ShopBody;
}

/** A catalog category, created by an admin through the catalog's HTTP API. */
export async function createCategory(api: TestApi, admin: TestUser): Promise<string> {
  const res = await api
    .http()
    .post('/catalog/categories')
    .set(admin.auth)
    .send({ name: 'Clothing', slug: unique('clothing') })
    .expect(201);
  return res.body.id as string;
}

/** A draft catalog product with two variants, created by `seller`. */
export async function createProduct(
  api: TestApi,
  seller: TestUser,
  categoryId: string,
): Promise<ProductBody> {
  const res = await api
    .http()
    .post('/catalog/products')
    .set(seller.auth)
    .send({
      name: 'Batik Shirt',
      slug: unique('batik-shirt'),
      categoryId,
      variants: [
        { sku: unique('SHIRT-L'), options: { size: 'L' } },
        { sku: unique('SHIRT-M'), options: { size: 'M' } },
      ],
    })
    .expect(201);
  return res.body as ProductBody;
}

export async function createOffer(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  body: Record<string, unknown>,
): Promise<OfferBody> {
  const res = await api
    .http()
    .post(`/shops/${shopId}/offers`)
    .set(seller.auth)
    .send({ price: idr(1999), ...body })
    .expect(201);
  return res.body as OfferBody;
}

export interface ShippingMethodBody {
  id: string;
  shopId: string;
  name: string;
  carrier: string;
  pricing: 'flat' | 'per_item';
  price: { amount: number; currency: string };
  freeAbove: number | null;
  estimatedDaysMin: number;
  estimatedDaysMax: number;
  active: boolean;
}

/**
 * Gives the shop a shipping method (without one its offers cannot be bought). By default a free
 * pickup in IDR, so the amounts of specs about other things stay those of the goods.
 */
export async function addShippingMethod(
  api: TestApi,
  seller: TestUser,
  shopId: string,
  body: Record<string, unknown> = {},
): Promise<ShippingMethodBody> {
  const res = await api
    .http()
    .post(`/shops/${shopId}/shipping-methods`)
    .set(seller.auth)
    .send({
      name: 'Pickup',
      carrier: 'Self pickup',
      pricing: 'flat',
      price: idr(0),
      estimatedDaysMin: 0,
      estimatedDaysMax: 1,
      ...body,
    })
    .expect(201);
  return res.body as ShippingMethodBody;
}

/** A new seller with a shop and a catalog product (two variants) to offer. */
export async function openMerchant(api: TestApi, categoryId: string) {
  const seller = await signUp(api, 'seller');
  const [shop, product] = await Promise.all([
    openShop(api, seller),
    createProduct(api, seller, categoryId),
  ]);
  return { seller, shop, product, variantId: product.variants[0].id };
}
