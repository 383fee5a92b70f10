import { CommitReservationCommand } from '../src/application/commands/commit-reservation/commit-reservation.command';
import { ExpireReservationCommand } from '../src/application/commands/expire-reservation/expire-reservation.command';
import { OpenWarehouseCommand } from '../src/application/commands/open-warehouse/open-warehouse.command';
import { ReceiveStockCommand } from '../src/application/commands/receive-stock/receive-stock.command';
import { ReleaseReservationCommand } from '../src/application/commands/release-reservation/release-reservation.command';
import { ReserveStockCommand } from '../src/application/commands/reserve-stock/reserve-stock.command';
import { ReviseWarehouseCommand } from '../src/application/commands/revise-warehouse/revise-warehouse.command';
import { address, expectConsistent, InventoryFixture } from './inventory-fixture';

describe('stock reservations under concurrency (Postgres)', () => {
  const fx = new InventoryFixture();
  const seller = fx.seller();
  const inFifteenMinutes = () => new Date(Date.now() + 15 * 60_000);

  beforeAll(() => fx.start());
  afterAll(() => fx.stop());

  async function shopWithStock(stock: { priority: number; quantity: number }[]) {
    const shopId = fx.shopOf(seller);
    const variantId = fx.variant();
    const warehouseIds: string[] = [];
    for (const { priority, quantity } of stock) {
      const { warehouseId } = await fx.run<{ warehouseId: string }>(
        new OpenWarehouseCommand(seller, shopId, `W${priority}`, address, priority),
      );
      await fx.run(new ReceiveStockCommand(seller, shopId, warehouseId, variantId, quantity));
      warehouseIds.push(warehouseId);
    }
    return { shopId, variantId, warehouseIds };
  }

  const reserve = (shopId: string, variantId: string, quantity: number, reference = 'order') =>
    fx.run<{ reservationId: string }>(
      new ReserveStockCommand({
        reference,
        expiresAt: inFifteenMinutes(),
        lines: [{ shopId, variantId, quantity }],
      }),
    );

  it('never oversells: 60 concurrent reservations against 30 units', async () => {
    const { shopId, variantId } = await shopWithStock([
      { priority: 0, quantity: 12 },
      { priority: 1, quantity: 18 },
    ]);
    const quantities = Array.from({ length: 60 }, (_, i) => 1 + (i % 3));
    const results = await Promise.allSettled(
      quantities.map((q, i) => reserve(shopId, variantId, q, `order-${i}`)),
    );

    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures.map((f) => f.reason.code)).toEqual(
      failures.map(() => 'INVENTORY.INSUFFICIENT_STOCK'),
    );
    const reservedQuantity = results.reduce(
      (sum, r, i) => (r.status === 'fulfilled' ? sum + quantities[i] : sum),
      0,
    );
    expect(reservedQuantity).toBeLessThanOrEqual(30);
    expect(reservedQuantity).toBeGreaterThanOrEqual(28);

    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels.reduce((sum, l) => sum + l.reserved, 0)).toBe(reservedQuantity);
    expect(levels.reduce((sum, l) => sum + l.on_hand, 0)).toBe(30);

    const announced = await fx.events('inventory.availability-changed', variantId);
    expect(announced.at(-1)).toEqual({ shopId, variantId, available: 30 - reservedQuantity });
  });

  it('keeps the ledger exact while reservations are committed, released and repeated at once', async () => {
    const { shopId, variantId } = await shopWithStock([
      { priority: 0, quantity: 5 },
      { priority: 1, quantity: 5 },
    ]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await reserve(shopId, variantId, 2)).reservationId);

    await Promise.all(
      ids.flatMap((id, i) => {
        const settle = i % 2 === 0 ? CommitReservationCommand : ReleaseReservationCommand;
        return [fx.run(new settle(id)), fx.run(new settle(id))];
      }),
    );

    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels.reduce((sum, l) => sum + l.reserved, 0)).toBe(0);
    expect(levels.reduce((sum, l) => sum + l.on_hand, 0)).toBe(10 - 3 * 2);
    const statuses = await fx.sql.execute<{ status: string; n: string }[]>(
      `select status, count(*) as n from inventory.stock_reservations
        where id in (${ids.map(() => '?').join(',')}) group by status order by status`,
      ids,
    );
    expect(statuses).toEqual([
      { status: 'committed', n: '3' },
      { status: 'released', n: '2' },
    ]);
    const ledger = await fx.sql.execute<{ kind: string; on_hand: number; reserved: number }[]>(
      `select kind, sum(on_hand_delta)::int as on_hand, sum(reserved_delta)::int as reserved
         from inventory.stock_movements where variant_id = ? group by kind order by kind`,
      [variantId],
    );
    expect(ledger).toEqual([
      { kind: 'receipt', on_hand: 10, reserved: 0 },
      { kind: 'release', on_hand: 0, reserved: -4 },
      { kind: 'reservation', on_hand: 0, reserved: 10 },
      { kind: 'sale', on_hand: -6, reserved: -6 },
    ]);
  });

  it('never deadlocks when reservations name the same variants in opposite orders', async () => {
    const shopId = fx.shopOf(seller);
    const [a, b] = [fx.variant(), fx.variant()];
    const { warehouseId } = await fx.run<{ warehouseId: string }>(
      new OpenWarehouseCommand(seller, shopId, 'Main', address),
    );
    for (const variantId of [a, b]) {
      await fx.run(new ReceiveStockCommand(seller, shopId, warehouseId, variantId, 20));
    }
    const lines = (first: string, second: string) => [
      { shopId, variantId: first, quantity: 1 },
      { shopId, variantId: second, quantity: 1 },
    ];
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        fx.run(
          new ReserveStockCommand({
            reference: `pair-${i}`,
            expiresAt: inFifteenMinutes(),
            lines: i % 2 === 0 ? lines(a, b) : lines(b, a),
          }),
        ),
      ),
    );
    const codes = results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code] : []));
    expect(codes.every((code) => code === 'INVENTORY.INSUFFICIENT_STOCK')).toBe(true);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(20);
    for (const variantId of [a, b]) {
      const levels = await fx.levels(variantId);
      expectConsistent(levels);
      expect(levels[0]).toMatchObject({ on_hand: 20, reserved: 20 });
    }
  });

  it('lets exactly one of a racing commit and release win', async () => {
    const { shopId, variantId } = await shopWithStock([{ priority: 0, quantity: 3 }]);
    const { reservationId } = await reserve(shopId, variantId, 3);
    const results = await Promise.allSettled([
      fx.run(new CommitReservationCommand(reservationId)),
      fx.run(new ReleaseReservationCommand(reservationId)),
    ]);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(refused.map((r) => r.reason.code)).toEqual(['INVENTORY.RESERVATION_NOT_ACTIVE']);
    expectConsistent(await fx.levels(variantId));
  });

  it('skips a deactivated warehouse for new reservations but still commits those already on it', async () => {
    const { shopId, variantId, warehouseIds } = await shopWithStock([
      { priority: 0, quantity: 4 },
      { priority: 1, quantity: 4 },
    ]);
    const [first, second] = warehouseIds;
    const held = await reserve(shopId, variantId, 3);
    await fx.run(new ReviseWarehouseCommand(seller, shopId, first, { active: false }));

    await expect(reserve(shopId, variantId, 5)).rejects.toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: { lines: [{ shopId, variantId, requested: 5, available: 4 }] },
    });
    await reserve(shopId, variantId, 4);
    await fx.run(new CommitReservationCommand(held.reservationId));

    const levels = await fx.levels(variantId);
    expectConsistent(levels);
    expect(levels.find((l) => l.warehouse_id === first)).toMatchObject({ on_hand: 1, reserved: 0 });
    expect(levels.find((l) => l.warehouse_id === second)).toMatchObject({
      on_hand: 4,
      reserved: 4,
    });
    const announced = await fx.events('inventory.availability-changed', variantId);
    // After deactivation only the second warehouse's 4 units were sellable.
    expect(announced).toContainEqual({ shopId, variantId, available: 4 });
  });

  it('expires a reservation only after its deadline, giving the stock back once', async () => {
    const { shopId, variantId } = await shopWithStock([{ priority: 0, quantity: 2 }]);
    const { reservationId } = await fx.run<{ reservationId: string }>(
      new ReserveStockCommand({
        reference: 'order-late',
        expiresAt: new Date(Date.now() + 300),
        lines: [{ shopId, variantId, quantity: 2 }],
      }),
    );
    await expect(fx.run(new ExpireReservationCommand(reservationId))).rejects.toMatchObject({
      code: 'INVENTORY.RESERVATION_NOT_EXPIRED',
    });
    await new Promise((resolve) => setTimeout(resolve, 350));
    await Promise.all([
      fx.run(new ExpireReservationCommand(reservationId)),
      fx.run(new ExpireReservationCommand(reservationId)),
    ]);
    const [level] = await fx.levels(variantId);
    expectConsistent([level]);
    expect(level).toMatchObject({ on_hand: 2, reserved: 0 });
    expect(await fx.events('inventory.reservation-expired')).toContainEqual({
      reservationId,
      reference: 'order-late',
    });
  });
});
