import { EntityManager } from '@mikro-orm/postgresql';
import { discoverEntities } from '@pasar/shared/testing';
import { MikroORM } from '@mikro-orm/core';
import { StockCandidate } from '../../../domain/reservation/allocation-policy';
import { ReservableStock } from '../../../domain/reservation/reservable-stock';
import { ReservationAllocation } from '../../../domain/reservation/reservation-allocation.entity';
import { StockReservation } from '../../../domain/reservation/stock-reservation.aggregate';
import { StockReservationRepository } from '../../../domain/reservation/stock-reservation.repository';
import { StockMovement } from '../../../domain/stock/stock-movement.entity';
import { ReserveStockCommand } from './reserve-stock.command';
import { ReserveStockHandler } from './reserve-stock.handler';

function setup(stock: Record<string, StockCandidate[]>, refuse: string[] = []) {
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const reservable: ReservableStock = {
    lockCandidates: jest.fn(
      async (shopId: string, variantId: string) => stock[`${shopId}:${variantId}`] ?? [],
    ),
    reserve: jest.fn(async (warehouseId: string) => !refuse.includes(warehouseId)),
  };
  const saved: { reservation?: StockReservation; movements?: StockMovement[] } = {};
  const reservations: StockReservationRepository = {
    findByIdForUpdate: jest.fn(),
    findByReferenceForUpdate: jest.fn(),
    lockDue: jest.fn(),
    save: jest.fn((reservation, movements) => {
      Object.assign(saved, { reservation, movements });
    }),
  };
  return { handler: new ReserveStockHandler(em, reservable, reservations), reservable, saved };
}

const command = (lines: { shopId: string; variantId: string; quantity: number }[]) =>
  new ReserveStockCommand({
    reference: 'order-1',
    expiresAt: new Date(Date.now() + 60_000),
    lines,
  });

describe('ReserveStockHandler', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([StockReservation, ReservationAllocation]);
  });
  afterAll(() => orm.close());

  it('splits a line across warehouses and writes a reservation ledger row per allocation', async () => {
    const { handler, reservable, saved } = setup({
      's:v': [
        { warehouseId: 'w1', priority: 0, available: 2 },
        { warehouseId: 'w2', priority: 1, available: 3 },
      ],
    });
    const { reservationId } = await handler.execute(
      command([{ shopId: 's', variantId: 'v', quantity: 4 }]),
    );
    expect(reservable.reserve).toHaveBeenNthCalledWith(1, 'w1', 'v', 2);
    expect(reservable.reserve).toHaveBeenNthCalledWith(2, 'w2', 'v', 2);
    expect(saved.reservation?.id).toBe(reservationId);
    expect(
      saved.movements?.map((m) => [m.kind, m.warehouseId, m.reservedDelta, m.reference]),
    ).toEqual([
      ['reservation', 'w1', 2, 'order-1'],
      ['reservation', 'w2', 2, 'order-1'],
    ]);
    expect(saved.reservation?.peekEvents().map((e) => e.type)).toEqual([
      'inventory.stock-reserved',
      'inventory.availability-changed',
    ]);
    expect(saved.reservation?.peekEvents()[1].payload).toEqual({
      shopId: 's',
      variantId: 'v',
      available: 1,
    });
  });

  it('locks lines in lock-key order whatever order they came in', async () => {
    const { handler, reservable } = setup({
      'a:v': [{ warehouseId: 'w1', priority: 0, available: 9 }],
      'b:v': [{ warehouseId: 'w2', priority: 0, available: 9 }],
    });
    await handler.execute(
      command([
        { shopId: 'b', variantId: 'v', quantity: 1 },
        { shopId: 'a', variantId: 'v', quantity: 1 },
      ]),
    );
    expect((reservable.lockCandidates as jest.Mock).mock.calls).toEqual([
      ['a', 'v'],
      ['b', 'v'],
    ]);
  });

  it('fails the whole reservation listing every short line with what is available', async () => {
    const { handler, saved } = setup({
      's:v1': [{ warehouseId: 'w1', priority: 0, available: 1 }],
      's:v2': [{ warehouseId: 'w1', priority: 0, available: 5 }],
    });
    await expect(
      handler.execute(
        command([
          { shopId: 's', variantId: 'v1', quantity: 2 },
          { shopId: 's', variantId: 'v2', quantity: 1 },
          { shopId: 's', variantId: 'v3', quantity: 1 },
        ]),
      ),
    ).rejects.toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: {
        lines: [
          { shopId: 's', variantId: 'v1', requested: 2, available: 1 },
          { shopId: 's', variantId: 'v3', requested: 1, available: 0 },
        ],
      },
    });
    expect(saved.reservation).toBeUndefined();
  });

  it('treats a refused conditional update as a short line', async () => {
    const { handler } = setup({ 's:v': [{ warehouseId: 'w1', priority: 0, available: 3 }] }, [
      'w1',
    ]);
    await expect(
      handler.execute(command([{ shopId: 's', variantId: 'v', quantity: 2 }])),
    ).rejects.toMatchObject({ code: 'INVENTORY.INSUFFICIENT_STOCK' });
  });
});
