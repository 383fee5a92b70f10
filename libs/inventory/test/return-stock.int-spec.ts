import { CommitReservationCommand } from '../src/application/commands/commit-reservation/commit-reservation.command';
import { OpenWarehouseCommand } from '../src/application/commands/open-warehouse/open-warehouse.command';
import { ReceiveStockCommand } from '../src/application/commands/receive-stock/receive-stock.command';
import { ReserveStockCommand } from '../src/application/commands/reserve-stock/reserve-stock.command';
import { ReturnStockCommand } from '../src/application/commands/return-stock/return-stock.command';
import { ReviseWarehouseCommand } from '../src/application/commands/revise-warehouse/revise-warehouse.command';
import { address, expectConsistent, InventoryFixture } from './inventory-fixture';

describe('returning sold stock (Postgres)', () => {
  const fx = new InventoryFixture();
  const seller = fx.seller();

  beforeAll(() => fx.start());
  afterAll(() => fx.stop());

  /** A shop with one variant in two warehouses: 2 units (priority 0) and 3 (priority 1). */
  async function shopWithStock() {
    const shopId = fx.shopOf(seller);
    const variantId = fx.variant();
    const warehouseIds: string[] = [];
    for (const [priority, quantity] of [
      [0, 2],
      [1, 3],
    ]) {
      const { warehouseId } = await fx.run<{ warehouseId: string }>(
        new OpenWarehouseCommand(seller, shopId, `W${priority}`, address, priority),
      );
      await fx.run(new ReceiveStockCommand(seller, shopId, warehouseId, variantId, quantity));
      warehouseIds.push(warehouseId);
    }
    return { shopId, variantId, warehouseIds };
  }

  /** Reserves 4 units of shop A (split 2 + 2) and 1 of shop B under `reference`. */
  async function reserveTwoShops(reference: string) {
    const a = await shopWithStock();
    const b = await shopWithStock();
    const { reservationId } = await fx.run<{ reservationId: string }>(
      new ReserveStockCommand({
        reference,
        expiresAt: new Date(Date.now() + 15 * 60_000),
        lines: [
          { shopId: a.shopId, variantId: a.variantId, quantity: 4 },
          { shopId: b.shopId, variantId: b.variantId, quantity: 1 },
        ],
      }),
    );
    return { a, b, reservationId };
  }

  const returnRows = (reference: string) =>
    fx.sql.execute<{ warehouse_id: string; variant_id: string; on_hand_delta: number }[]>(
      `select warehouse_id, variant_id, on_hand_delta from inventory.stock_movements
        where reference = ? and kind = 'return' order by warehouse_id`,
      [reference],
    );

  const onHand = async (variantId: string) =>
    (await fx.levels(variantId)).map((l) => [l.warehouse_id, l.on_hand]);

  it("puts a shop's sold units back where they were sold from, once", async () => {
    const reference = 'order-return-1';
    const { a, b, reservationId } = await reserveTwoShops(reference);
    await fx.run(new CommitReservationCommand(reservationId));
    const [w0, w1] = a.warehouseIds;
    expect(await onHand(a.variantId)).toEqual(
      [
        [w0, 0],
        [w1, 1],
      ].sort(),
    );

    const announcedBefore = await fx.events('inventory.availability-changed', a.variantId);
    await fx.run(new ReturnStockCommand(reference, a.shopId));
    await fx.run(new ReturnStockCommand(reference, a.shopId));

    const rows = await returnRows(reference);
    expect(rows).toEqual(
      [
        { warehouse_id: w0, variant_id: a.variantId, on_hand_delta: 2 },
        { warehouse_id: w1, variant_id: a.variantId, on_hand_delta: 2 },
      ].sort((x, y) => x.warehouse_id.localeCompare(y.warehouse_id)),
    );
    const levels = await fx.levels(a.variantId);
    expectConsistent(levels);
    expect(levels.map((l) => [l.on_hand, l.reserved]).sort()).toEqual([
      [2, 0],
      [3, 0],
    ]);
    // Shop B's unit stays sold.
    expect((await fx.levels(b.variantId)).reduce((sum, l) => sum + l.on_hand, 0)).toBe(4);
    const announced = await fx.events('inventory.availability-changed', a.variantId);
    expect(announced.slice(announcedBefore.length)).toEqual([
      { shopId: a.shopId, variantId: a.variantId, available: 5 },
    ]);
  });

  it('returns once when the same return is asked for many times at once', async () => {
    const reference = 'order-return-race';
    const { a, b, reservationId } = await reserveTwoShops(reference);
    await fx.run(new CommitReservationCommand(reservationId));

    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        fx.run(new ReturnStockCommand(reference, i % 2 === 0 ? a.shopId : b.shopId)),
      ),
    );

    expect(await returnRows(reference)).toHaveLength(3);
    for (const variantId of [a.variantId, b.variantId]) {
      const levels = await fx.levels(variantId);
      expectConsistent(levels);
      expect(levels.reduce((sum, l) => sum + l.on_hand, 0)).toBe(5);
    }
  });

  it('returns units to a warehouse that has since been deactivated, not counting it as sellable', async () => {
    const reference = 'order-return-inactive';
    const { a, reservationId } = await reserveTwoShops(reference);
    await fx.run(new CommitReservationCommand(reservationId));
    const [w0] = a.warehouseIds;
    await fx.run(new ReviseWarehouseCommand(seller, a.shopId, w0, { active: false }));

    await fx.run(new ReturnStockCommand(reference, a.shopId));
    const levels = await fx.levels(a.variantId);
    expectConsistent(levels);
    expect(levels.find((l) => l.warehouse_id === w0)?.on_hand).toBe(2);
    const announced = await fx.events('inventory.availability-changed', a.variantId);
    expect(announced.at(-1)).toEqual({ shopId: a.shopId, variantId: a.variantId, available: 3 });
  });

  it('refuses a reservation that is not committed, an unknown reference and a shop it never held', async () => {
    const reference = 'order-return-active';
    const { a } = await reserveTwoShops(reference);
    await expect(fx.run(new ReturnStockCommand(reference, a.shopId))).rejects.toMatchObject({
      code: 'INVENTORY.RESERVATION_NOT_COMMITTED',
      kind: 'conflict',
    });
    await expect(fx.run(new ReturnStockCommand('no-such-order', a.shopId))).rejects.toMatchObject({
      code: 'INVENTORY.RESERVATION_NOT_FOUND',
      kind: 'not_found',
    });
    const committed = await reserveTwoShops('order-return-other-shop');
    await fx.run(new CommitReservationCommand(committed.reservationId));
    await expect(
      fx.run(new ReturnStockCommand('order-return-other-shop', fx.shopOf(seller))),
    ).rejects.toMatchObject({ code: 'INVENTORY.NOTHING_TO_RETURN', kind: 'unprocessable' });
    expect(await returnRows(reference)).toEqual([]);
    expectConsistent(await fx.levels(a.variantId));
  });
});
