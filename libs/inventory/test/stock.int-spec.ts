import { AdjustStockCommand } from '../src/application/commands/adjust-stock/adjust-stock.command';
import { OpenWarehouseCommand } from '../src/application/commands/open-warehouse/open-warehouse.command';
import { ReceiveStockCommand } from '../src/application/commands/receive-stock/receive-stock.command';
import { ReserveStockCommand } from '../src/application/commands/reserve-stock/reserve-stock.command';
import { TransferStockCommand } from '../src/application/commands/transfer-stock/transfer-stock.command';
import { address, expectConsistent, InventoryFixture } from './inventory-fixture';

describe('warehouses and stock (Postgres)', () => {
  const fx = new InventoryFixture();
  const seller = fx.seller();

  beforeAll(() => fx.start());
  afterAll(() => fx.stop());

  async function twoWarehouses() {
    const shopId = fx.shopOf(seller);
    const variantId = fx.variant();
    const open = async (name: string) =>
      (
        await fx.run<{ warehouseId: string }>(
          new OpenWarehouseCommand(seller, shopId, name, address),
        )
      ).warehouseId;
    return { shopId, variantId, from: await open('A'), to: await open('B') };
  }

  it('keeps on hand equal to the ledger through receipts, adjustments and transfers', async () => {
    const { shopId, variantId, from, to } = await twoWarehouses();
    await fx.run(new ReceiveStockCommand(seller, shopId, from, variantId, 10, 'PO-1'));
    await fx.run(new AdjustStockCommand(seller, shopId, from, variantId, -2, 'damaged'));
    const { transferId } = await fx.run<{ transferId: string }>(
      new TransferStockCommand(seller, shopId, from, to, variantId, 3),
    );

    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels.map((l) => [l.warehouse_id, l.on_hand])).toEqual(
      [
        [from, 5],
        [to, 3],
      ].sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
    const transferRows = await fx.sql.execute(
      `select warehouse_id, kind, on_hand_delta, actor_id from inventory.stock_movements
        where reference = ? order by kind`,
      [transferId],
    );
    expect(transferRows).toEqual([
      { warehouse_id: to, kind: 'transfer_in', on_hand_delta: 3, actor_id: seller.id },
      { warehouse_id: from, kind: 'transfer_out', on_hand_delta: -3, actor_id: seller.id },
    ]);
    expect(await fx.events('inventory.availability-changed', variantId)).toEqual([
      { shopId, variantId, available: 10 },
      { shopId, variantId, available: 8 },
      { shopId, variantId, available: 8 },
    ]);
  });

  it('moves no reserved stock, and a refused transfer changes nothing', async () => {
    const { shopId, variantId, from, to } = await twoWarehouses();
    await fx.run(new ReceiveStockCommand(seller, shopId, from, variantId, 5));
    await fx.run(
      new ReserveStockCommand({
        reference: 'order-1',
        expiresAt: new Date(Date.now() + 60_000),
        lines: [{ shopId, variantId, quantity: 4 }],
      }),
    );
    await expect(
      fx.run(new TransferStockCommand(seller, shopId, from, to, variantId, 2)),
    ).rejects.toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: { warehouseId: from, variantId, requested: 2, available: 1 },
    });
    await expect(
      fx.run(new AdjustStockCommand(seller, shopId, from, variantId, -2, 'lost')),
    ).rejects.toMatchObject({ code: 'INVENTORY.INSUFFICIENT_STOCK' });
    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels).toHaveLength(1);
    expect(levels[0]).toMatchObject({ warehouse_id: from, on_hand: 5, reserved: 4 });
  });

  it('lands every one of many concurrent receipts into a new level', async () => {
    const { shopId, variantId, from } = await twoWarehouses();
    await Promise.all(
      Array.from({ length: 12 }, () =>
        fx.run(new ReceiveStockCommand(seller, shopId, from, variantId, 1)),
      ),
    );
    const [level] = await fx.levels(variantId);
    expectConsistent([level]);
    expect(level.on_hand).toBe(12);
  });

  it('has the database refuse negative or over-reserved stock', async () => {
    const { shopId, variantId, from } = await twoWarehouses();
    await fx.run(new ReceiveStockCommand(seller, shopId, from, variantId, 2));
    const update = (set: string) =>
      fx.sql.execute(
        `update inventory.stock_levels set ${set} where warehouse_id = ? and variant_id = ?`,
        [from, variantId],
      );
    await expect(update('on_hand = -1')).rejects.toThrow(/stock_levels_on_hand_check/);
    await expect(update('reserved = -1')).rejects.toThrow(/stock_levels_reserved_check/);
    await expect(update('reserved = 3')).rejects.toThrow(/stock_levels_reserved_on_hand_check/);
  });

  it('refuses unknown variants, other sellers’ shops and other shops’ warehouses', async () => {
    const { shopId, variantId, from } = await twoWarehouses();
    const other = await twoWarehouses();
    await expect(
      fx.run(new ReceiveStockCommand(seller, shopId, from, fx.seller().id, 1)),
    ).rejects.toMatchObject({ code: 'INVENTORY.UNKNOWN_VARIANT' });
    await expect(
      fx.run(new ReceiveStockCommand(fx.seller(), shopId, from, variantId, 1)),
    ).rejects.toMatchObject({ code: 'INVENTORY.SHOP_NOT_FOUND' });
    await expect(
      fx.run(new ReceiveStockCommand(seller, shopId, other.from, variantId, 1)),
    ).rejects.toMatchObject({ code: 'INVENTORY.WAREHOUSE_NOT_FOUND' });
    await expect(
      fx.run(new TransferStockCommand(seller, shopId, from, other.to, variantId, 1)),
    ).rejects.toMatchObject({ code: 'INVENTORY.WAREHOUSE_NOT_FOUND' });
    await expect(
      fx.run(new TransferStockCommand(seller, shopId, from, from, variantId, 1)),
    ).rejects.toMatchObject({ code: 'INVENTORY.SAME_WAREHOUSE' });
  });
});
