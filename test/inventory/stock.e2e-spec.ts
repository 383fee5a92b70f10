import { randomUUID } from 'node:crypto';
import { ReserveStockCommand } from '@pasar/inventory';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import {
  createVariants,
  fieldsOf,
  openShop,
  openWarehouse,
  receive,
  VariantStockBody,
} from './inventory-fixtures';

describe('inventory: receipts, adjustments, transfers and stock queries', () => {
  let api: TestApi;
  let admin: TestUser;
  let seller: TestUser;
  let shopId: string;
  let variants: string[];

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signUp(api, 'admin');
    seller = await signUp(api, 'seller');
    shopId = await openShop(api, seller);
    variants = await createVariants(api, admin, seller, 4);
  });

  afterAll(() => api.close());

  const post = (path: string, body: object) =>
    api.http().post(`/shops/${shopId}${path}`).set(seller.auth).send(body);
  const get = (path: string) => api.http().get(`/shops/${shopId}${path}`).set(seller.auth);
  const reserve = (variantId: string, quantity: number) =>
    api.command(
      new ReserveStockCommand({
        reference: `order-${randomUUID()}`,
        expiresAt: new Date(Date.now() + 15 * 60_000),
        lines: [{ shopId, variantId, quantity }],
      }),
    );

  it('receives stock and answers with the variant’s stock across the shop', async () => {
    const [variantId] = variants;
    const main = await openWarehouse(api, seller, shopId, { name: 'Main', priority: 0 });
    const spare = await openWarehouse(api, seller, shopId, { name: 'Spare', priority: 1 });
    await receive(api, seller, shopId, main.id, variantId, 7);
    const stock = await receive(api, seller, shopId, spare.id, variantId, 3);
    expect(stock).toEqual<VariantStockBody>({
      shopId,
      variantId,
      onHand: 10,
      reserved: 0,
      available: 10,
      sellable: 10,
      warehouses: [
        {
          warehouseId: main.id,
          warehouseName: 'Main',
          priority: 0,
          active: true,
          onHand: 7,
          reserved: 0,
          available: 7,
        },
        {
          warehouseId: spare.id,
          warehouseName: 'Spare',
          priority: 1,
          active: true,
          onHand: 3,
          reserved: 0,
          available: 3,
        },
      ],
    });
    const read = await get(`/stock?variantId=${variantId}`).expect(200);
    expect(read.body).toEqual(stock);

    await api
      .http()
      .patch(`/shops/${shopId}/warehouses/${spare.id}`)
      .set(seller.auth)
      .send({ active: false })
      .expect(200);
    const afterDeactivation = await get(`/stock?variantId=${variantId}`).expect(200);
    expect(afterDeactivation.body).toMatchObject({ available: 10, sellable: 7 });
  });

  it('refuses a receipt for a variant the catalog does not know (422)', async () => {
    const warehouse = await openWarehouse(api, seller, shopId);
    const res = await post(`/warehouses/${warehouse.id}/receipts`, {
      variantId: randomUUID(),
      quantity: 1,
    }).expect(422);
    expect(res.body.code).toBe('INVENTORY.UNKNOWN_VARIANT');
  });

  it('adjusts stock with a reason, never below what is reserved (409 with available)', async () => {
    const variantId = variants[1];
    const warehouse = await openWarehouse(api, seller, shopId);
    await receive(api, seller, shopId, warehouse.id, variantId, 10);
    const adjusted = await post(`/warehouses/${warehouse.id}/adjustments`, {
      variantId,
      delta: -2,
      reason: 'Damaged in storage',
    }).expect(201);
    expect(adjusted.body).toMatchObject({ onHand: 8, available: 8 });
    await reserve(variantId, 6);
    const refused = await post(`/warehouses/${warehouse.id}/adjustments`, {
      variantId,
      delta: -3,
      reason: 'Lost',
    }).expect(409);
    expect(refused.body).toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: { warehouseId: warehouse.id, variantId, requested: 3, available: 2 },
    });
  });

  it('transfers only available stock between two warehouses of the shop, atomically', async () => {
    const variantId = variants[2];
    const from = await openWarehouse(api, seller, shopId, { name: 'From', priority: 0 });
    const to = await openWarehouse(api, seller, shopId, { name: 'To', priority: 1 });
    await receive(api, seller, shopId, from.id, variantId, 5);
    await reserve(variantId, 3);
    const body = { fromWarehouseId: from.id, toWarehouseId: to.id, variantId };
    const refused = await post('/transfers', { ...body, quantity: 3 }).expect(409);
    expect(refused.body.details).toMatchObject({ requested: 3, available: 2 });

    const moved = await post('/transfers', { ...body, quantity: 2 }).expect(201);
    expect(moved.body.transferId).toMatch(/^[0-9a-f-]{36}$/);
    const byWarehouse = Object.fromEntries(
      (moved.body.stock as VariantStockBody).warehouses.map((w) => [w.warehouseId, w]),
    );
    expect(byWarehouse[from.id]).toMatchObject({ onHand: 3, reserved: 3, available: 0 });
    expect(byWarehouse[to.id]).toMatchObject({ onHand: 2, reserved: 0, available: 2 });

    const same = await post('/transfers', { ...body, toWarehouseId: from.id, quantity: 1 });
    expect(same.status).toBe(422);
    expect(same.body.code).toBe('INVENTORY.SAME_WAREHOUSE');
  });

  it('lists a warehouse’s stock and its ledger, paginated and filterable by variant', async () => {
    const [a, b] = [variants[3], variants[0]];
    const warehouse = await openWarehouse(api, seller, shopId);
    await receive(api, seller, shopId, warehouse.id, a, 4);
    await receive(api, seller, shopId, warehouse.id, b, 6);
    await post(`/warehouses/${warehouse.id}/adjustments`, {
      variantId: a,
      delta: 1,
      reason: 'Recount',
    }).expect(201);

    const stock = await get(`/warehouses/${warehouse.id}/stock?limit=1`).expect(200);
    expect(stock.body).toMatchObject({ total: 2, limit: 1, offset: 0 });
    expect(stock.body.items).toHaveLength(1);
    expect(stock.body.items[0]).toEqual({
      warehouseId: warehouse.id,
      variantId: [a, b].sort()[0],
      onHand: [a, b].sort()[0] === a ? 5 : 6,
      reserved: 0,
      available: [a, b].sort()[0] === a ? 5 : 6,
      updatedAt: expect.any(String),
    });

    const ledger = await get(`/warehouses/${warehouse.id}/movements?variantId=${a}`).expect(200);
    expect(ledger.body.total).toBe(2);
    expect(
      ledger.body.items.map((m: { kind: string; onHandDelta: number; reason: string | null }) => [
        m.kind,
        m.onHandDelta,
        m.reason,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['receipt', 4, null],
        ['adjustment', 1, 'Recount'],
      ]),
    );
    expect(ledger.body.items[0]).toMatchObject({
      actorId: seller.id,
      reference: expect.any(String),
    });
    const all = await get(`/warehouses/${warehouse.id}/movements`).expect(200);
    expect(all.body.total).toBe(3);
  });

  it('names every invalid field with a 400', async () => {
    const warehouse = await openWarehouse(api, seller, shopId);
    const receipt = await post(`/warehouses/${warehouse.id}/receipts`, {
      variantId: 'nope',
      quantity: 0,
    }).expect(400);
    expect(fieldsOf(receipt.body)).toEqual(['quantity', 'variantId']);
    const adjustment = await post(`/warehouses/${warehouse.id}/adjustments`, {
      variantId: variants[0],
      delta: 0,
    }).expect(400);
    expect(fieldsOf(adjustment.body)).toEqual(['delta', 'reason']);
    const transfer = await post('/transfers', { quantity: 2.5 }).expect(400);
    expect(fieldsOf(transfer.body)).toEqual([
      'fromWarehouseId',
      'quantity',
      'toWarehouseId',
      'variantId',
    ]);
    const query = await get('/stock').expect(400);
    expect(fieldsOf(query.body)).toEqual(['variantId']);
    await get(`/warehouses/${warehouse.id}/movements?limit=0`).expect(400);
  });
});
