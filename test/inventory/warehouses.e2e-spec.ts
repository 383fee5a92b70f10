import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { fieldsOf, openShop, openWarehouse, warehouseBody } from './inventory-fixtures';

describe('inventory: warehouses', () => {
  let api: TestApi;
  let seller: TestUser;
  let shopId: string;

  beforeAll(async () => {
    api = await startTestApi();
    seller = await signUp(api, 'seller');
    shopId = await openShop(api, seller);
  });

  afterAll(() => api.close());

  it('opens an active warehouse with a normalized address and the default priority', async () => {
    const created = await openWarehouse(api, seller, shopId, { name: '  Gudang Utama ' });
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      shopId,
      name: 'Gudang Utama',
      address: {
        line1: 'Jl. Gudang 5',
        line2: null,
        city: 'Bekasi',
        region: null,
        postalCode: '17111',
        countryCode: 'ID',
      },
      priority: 100,
      active: true,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await api
      .http()
      .get(`/shops/${shopId}/warehouses/${created.id}`)
      .set(seller.auth)
      .expect(200);
    expect(read.body).toEqual(created);
  });

  it('lists a shop’s warehouses in reservation order, paginated', async () => {
    const shop = await openShop(api, seller);
    const late = await openWarehouse(api, seller, shop, { name: 'Late', priority: 50 });
    const first = await openWarehouse(api, seller, shop, { name: 'First', priority: 0 });
    const page = await api
      .http()
      .get(`/shops/${shop}/warehouses?limit=1`)
      .set(seller.auth)
      .expect(200);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(page.body.items.map((w: { id: string }) => w.id)).toEqual([first.id]);
    const next = await api
      .http()
      .get(`/shops/${shop}/warehouses?limit=1&offset=1`)
      .set(seller.auth)
      .expect(200);
    expect(next.body.items.map((w: { id: string }) => w.id)).toEqual([late.id]);
  });

  it('changes only the fields sent, replacing the address and (de)activating', async () => {
    const warehouse = await openWarehouse(api, seller, shopId);
    const res = await api
      .http()
      .patch(`/shops/${shopId}/warehouses/${warehouse.id}`)
      .set(seller.auth)
      .send({
        priority: 3,
        active: false,
        address: { line1: 'Jl. Baru 1', city: 'Depok', postalCode: '16411', countryCode: 'ID' },
      })
      .expect(200);
    expect(res.body).toMatchObject({
      name: 'Bekasi DC',
      priority: 3,
      active: false,
      address: { line1: 'Jl. Baru 1', city: 'Depok', line2: null },
    });
    const reactivated = await api
      .http()
      .patch(`/shops/${shopId}/warehouses/${warehouse.id}`)
      .set(seller.auth)
      .send({ active: true })
      .expect(200);
    expect(reactivated.body).toMatchObject({ active: true, priority: 3, name: 'Bekasi DC' });
  });

  it('names every invalid field with a 400', async () => {
    const res = await api
      .http()
      .post(`/shops/${shopId}/warehouses`)
      .set(seller.auth)
      .send({
        name: '',
        address: { line1: 'x', countryCode: 'Indonesia' },
        priority: -1,
        colour: 'red',
      })
      .expect(400);
    expect(res.body.code).toBe('REQUEST.VALIDATION_FAILED');
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining([
        'name',
        'address.city',
        'address.postalCode',
        'address.countryCode',
        'priority',
        'colour',
      ]),
    );
    const nulls = await api
      .http()
      .patch(`/shops/${shopId}/warehouses/${randomUUID()}`)
      .set(seller.auth)
      .send({ name: null, active: 'yes' })
      .expect(400);
    expect(fieldsOf(nulls.body)).toEqual(['active', 'name']);
    await api
      .http()
      .post('/shops/not-a-uuid/warehouses')
      .set(seller.auth)
      .send(warehouseBody())
      .expect(400);
  });

  it('answers 404 for an unknown shop or warehouse', async () => {
    const unknownShop = await api
      .http()
      .post(`/shops/${randomUUID()}/warehouses`)
      .set(seller.auth)
      .send(warehouseBody())
      .expect(404);
    expect(unknownShop.body.code).toBe('INVENTORY.SHOP_NOT_FOUND');
    const unknownWarehouse = await api
      .http()
      .patch(`/shops/${shopId}/warehouses/${randomUUID()}`)
      .set(seller.auth)
      .send({ priority: 1 })
      .expect(404);
    expect(unknownWarehouse.body.code).toBe('INVENTORY.WAREHOUSE_NOT_FOUND');
  });

  it('documents its routes with request bodies, responses and error statuses', async () => {
    const res = await api.http().get('/docs-json').expect(200);
    const paths = res.body.paths as Record<string, Record<string, { responses: object }>>;
    const expected: [string, string, string[]][] = [
      ['/shops/{shopId}/warehouses', 'post', ['201', '400', '401', '403', '404']],
      ['/shops/{shopId}/warehouses', 'get', ['200', '401', '403', '404']],
      ['/shops/{shopId}/warehouses/{warehouseId}', 'patch', ['200', '400', '403', '404']],
      ['/shops/{shopId}/warehouses/{warehouseId}/receipts', 'post', ['201', '404', '422']],
      ['/shops/{shopId}/warehouses/{warehouseId}/adjustments', 'post', ['201', '409']],
      ['/shops/{shopId}/transfers', 'post', ['201', '409', '422']],
      ['/shops/{shopId}/stock', 'get', ['200', '400']],
      ['/shops/{shopId}/warehouses/{warehouseId}/stock', 'get', ['200', '404']],
      ['/shops/{shopId}/warehouses/{warehouseId}/movements', 'get', ['200', '404']],
    ];
    for (const [path, method, statuses] of expected) {
      expect(Object.keys(paths[path]?.[method]?.responses ?? {})).toEqual(
        expect.arrayContaining(statuses),
      );
    }
    const schemas = res.body.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'OpenWarehouseDto',
        'WarehouseView',
        'VariantStockView',
        'TransferView',
        'StockMovementViewPage',
      ]),
    );
  });
});
