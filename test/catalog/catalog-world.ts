import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';

export const fieldsOf = (body: { details: { fields: { field: string }[] } }) =>
  body.details.fields.map((f) => f.field).sort();
export const MISSING = '99999999-9999-4999-8999-999999999999';

export interface ProductBody {
  id: string;
  status: string;
  variants: { id: string; sku: string; title: string; options: Record<string, string> }[];
  [field: string]: unknown;
}

/** A running API with an admin, two sellers, a buyer, one category and a product factory. */
export interface CatalogWorld {
  api: TestApi;
  admin: TestUser;
  seller: TestUser;
  rival: TestUser;
  buyer: TestUser;
  categoryId: string;
  /** How many bodies were made so far: a fresh number for unique names after each create. */
  readonly counter: number;
  /** A valid create-product body with a fresh slug and SKU. */
  body(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Creates a product (as the seller unless told otherwise) and returns it. */
  create(user?: TestUser, overrides?: Record<string, unknown>): Promise<ProductBody>;
}

export async function startCatalogWorld(): Promise<CatalogWorld> {
  const api = await startTestApi();
  const [admin, seller, rival, buyer] = await Promise.all([
    signUp(api, 'admin'),
    signUp(api, 'seller'),
    signUp(api, 'seller'),
    signUp(api, 'buyer'),
  ]);
  const category = await api
    .http()
    .post('/catalog/categories')
    .set(admin.auth)
    .send({ name: 'Tees', slug: 'tees' })
    .expect(201);
  const categoryId: string = category.body.id;
  let counter = 0;
  const body = (overrides: Record<string, unknown> = {}) => {
    const n = ++counter;
    return {
      name: 'Cotton tee',
      slug: `cotton-tee-${n}`,
      description: 'Soft cotton',
      categoryId,
      variants: [{ sku: `TEE-${n}-L-RED`, options: { size: 'Large', colour: 'Red' } }],
      ...overrides,
    };
  };
  const create = async (user: TestUser = seller, overrides: Record<string, unknown> = {}) => {
    const res = await api
      .http()
      .post('/catalog/products')
      .set(user.auth)
      .send(body(overrides))
      .expect(201);
    return res.body as ProductBody;
  };
  return {
    api,
    admin,
    seller,
    rival,
    buyer,
    categoryId,
    get counter() {
      return counter;
    },
    body,
    create,
  };
}
