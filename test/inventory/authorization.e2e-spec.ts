import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { createVariants, openShop, openWarehouse, receive } from './inventory-fixtures';

interface Route {
  name: string;
  method: 'get' | 'post' | 'patch';
  path: (shopId: string, warehouseId: string) => string;
  body?: (ids: Ids) => object;
}

interface Ids {
  variantId: string;
  warehouseId: string;
  otherWarehouseId: string;
}

const ROUTES: Route[] = [
  {
    name: 'open a warehouse',
    method: 'post',
    path: (s) => `/shops/${s}/warehouses`,
    body: () => ({
      name: 'X',
      address: { line1: 'Jl. X 1', city: 'Bogor', postalCode: '16111', countryCode: 'ID' },
    }),
  },
  { name: 'list warehouses', method: 'get', path: (s) => `/shops/${s}/warehouses` },
  { name: 'read a warehouse', method: 'get', path: (s, w) => `/shops/${s}/warehouses/${w}` },
  {
    name: 'revise a warehouse',
    method: 'patch',
    path: (s, w) => `/shops/${s}/warehouses/${w}`,
    body: () => ({ active: false }),
  },
  {
    name: 'receive stock',
    method: 'post',
    path: (s, w) => `/shops/${s}/warehouses/${w}/receipts`,
    body: ({ variantId }) => ({ variantId, quantity: 5 }),
  },
  {
    name: 'adjust stock',
    method: 'post',
    path: (s, w) => `/shops/${s}/warehouses/${w}/adjustments`,
    body: ({ variantId }) => ({ variantId, delta: -1, reason: 'Stolen' }),
  },
  {
    name: 'transfer stock',
    method: 'post',
    path: (s) => `/shops/${s}/transfers`,
    body: ({ variantId, warehouseId, otherWarehouseId }) => ({
      fromWarehouseId: warehouseId,
      toWarehouseId: otherWarehouseId,
      variantId,
      quantity: 1,
    }),
  },
  { name: 'read variant stock', method: 'get', path: (s) => `/shops/${s}/stock` },
  {
    name: 'list warehouse stock',
    method: 'get',
    path: (s, w) => `/shops/${s}/warehouses/${w}/stock`,
  },
  {
    name: 'list the ledger',
    method: 'get',
    path: (s, w) => `/shops/${s}/warehouses/${w}/movements`,
  },
];

describe('inventory: authorization', () => {
  let api: TestApi;
  let owner: TestUser;
  let stranger: TestUser;
  let buyer: TestUser;
  let admin: TestUser;
  let shopId: string;
  let ids: Ids;

  beforeAll(async () => {
    api = await startTestApi();
    [owner, stranger, buyer, admin] = await Promise.all([
      signUp(api, 'seller'),
      signUp(api, 'seller'),
      signUp(api, 'buyer'),
      signUp(api, 'admin'),
    ]);
    shopId = await openShop(api, owner);
    const [variantId] = await createVariants(api, admin, owner);
    const warehouse = await openWarehouse(api, owner, shopId);
    const other = await openWarehouse(api, owner, shopId);
    await receive(api, owner, shopId, warehouse.id, variantId, 10);
    ids = { variantId, warehouseId: warehouse.id, otherWarehouseId: other.id };
  });

  afterAll(() => api.close());

  const call = (route: Route, user: TestUser | null, shop = shopId, warehouse?: string) => {
    const path = route.path(shop, warehouse ?? ids.warehouseId);
    const query = route.name === 'read variant stock' ? `?variantId=${ids.variantId}` : '';
    let req = api.http()[route.method](path + query);
    if (user) req = req.set(user.auth);
    return route.body ? req.send(route.body(ids)) : req;
  };

  const stock = async () => {
    const res = await api
      .http()
      .get(`/shops/${shopId}/stock?variantId=${ids.variantId}`)
      .set(owner.auth)
      .expect(200);
    return res.body;
  };

  it.each(ROUTES.map((r) => [r.name, r] as const))(
    'refuses a buyer to %s with 403',
    async (_name, route) => {
      const res = await call(route, buyer).expect(403);
      expect(res.body).toMatchObject({ statusCode: 403, code: expect.any(String) });
    },
  );

  it.each(ROUTES.map((r) => [r.name, r] as const))(
    'refuses an anonymous caller to %s with 401',
    async (_name, route) => {
      await call(route, null).expect(401);
    },
  );

  it.each(ROUTES.map((r) => [r.name, r] as const))(
    'hides the shop from another seller trying to %s (404), changing nothing',
    async (_name, route) => {
      const before = await stock();
      const res = await call(route, stranger).expect(404);
      expect(res.body.code).toBe('INVENTORY.SHOP_NOT_FOUND');
      expect(await stock()).toEqual(before);
    },
  );

  const WAREHOUSE_ROUTES = ROUTES.filter(
    (r) => r.path('S', 'W').includes('/W') || r.name === 'transfer stock',
  );

  it.each(WAREHOUSE_ROUTES.map((r) => [r.name, r] as const))(
    'hides another shop’s warehouse from its seller trying to %s (404)',
    async (_name, route) => {
      const ownShop = await openShop(api, stranger);
      const res = await call(route, stranger, ownShop).expect(404);
      expect(res.body.code).toBe('INVENTORY.WAREHOUSE_NOT_FOUND');
    },
  );

  it('refuses a transfer to a warehouse of another shop with 404', async () => {
    const otherShop = await openShop(api, owner);
    const foreign = await openWarehouse(api, owner, otherShop);
    const res = await api
      .http()
      .post(`/shops/${shopId}/transfers`)
      .set(owner.auth)
      .send({
        fromWarehouseId: ids.warehouseId,
        toWarehouseId: foreign.id,
        variantId: ids.variantId,
        quantity: 1,
      })
      .expect(404);
    expect(res.body.code).toBe('INVENTORY.WAREHOUSE_NOT_FOUND');
  });

  it('lets an admin manage any shop’s warehouses and stock', async () => {
    await api
      .http()
      .post(`/shops/${shopId}/warehouses/${ids.warehouseId}/receipts`)
      .set(admin.auth)
      .send({ variantId: ids.variantId, quantity: 2 })
      .expect(201);
    const list = await api.http().get(`/shops/${shopId}/warehouses`).set(admin.auth).expect(200);
    expect(list.body.total).toBeGreaterThanOrEqual(2);
  });
});
