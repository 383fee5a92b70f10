import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { ReservationAllocation } from './reservation-allocation.entity';
import { InvalidReservationError, ReservationNotExpiredError } from './reservation.errors';
import { StockReservation } from './stock-reservation.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');
const later = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

const line = {
  shopId: 's1',
  variantId: 'v1',
  quantity: 5,
  allocations: [
    { warehouseId: 'w1', quantity: 3 },
    { warehouseId: 'w2', quantity: 2 },
  ],
};

const reserve = (lines = [line]) =>
  StockReservation.reserve({ reference: ' order-1 ', expiresAt: later(15), lines, now: t0 });

describe('StockReservation', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await discoverEntities([StockReservation, ReservationAllocation]);
  });
  afterAll(() => orm.close());

  it('reserves active, recording what it holds and until when', () => {
    const r = reserve();
    expect(r.status).toBe('active');
    expect(r.reference).toBe('order-1');
    expect(r.lines).toEqual([line]);
    expect(r.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      [
        'inventory.stock-reserved',
        {
          reservationId: r.id,
          reference: 'order-1',
          expiresAt: later(15).toISOString(),
          lines: [line],
        },
      ],
    ]);
  });

  it('refuses a line whose allocations do not add up to its quantity', () => {
    expect(() => reserve([{ ...line, quantity: 6 }])).toThrow(InvalidReservationError);
  });

  it('refuses the same variant of a shop twice, no lines, and a past expiry', () => {
    expect(() => reserve([line, line])).toThrow(InvalidReservationError);
    expect(() => reserve([])).toThrow(InvalidReservationError);
    expect(() =>
      StockReservation.reserve({ reference: 'o', expiresAt: t0, lines: [line], now: t0 }),
    ).toThrow(InvalidReservationError);
  });

  it('commits once; committing again is a no-op', () => {
    const r = reserve();
    r.pullEvents();
    expect(r.commit(later(1))).toBe(true);
    expect(r.commit(later(2))).toBe(false);
    expect(r.status).toBe('committed');
    expect(r.pullEvents().map((e) => [e.type, e.payload])).toEqual([
      ['inventory.reservation-committed', { reservationId: r.id, reference: 'order-1' }],
    ]);
  });

  it('refuses any other transition from a final state', () => {
    const released = reserve();
    released.release(later(1));
    expect(() => released.commit(later(2))).toThrow(
      expect.objectContaining({ code: 'INVENTORY.RESERVATION_NOT_ACTIVE' }),
    );
    expect(() => released.expire(later(20))).toThrow(
      expect.objectContaining({ code: 'INVENTORY.RESERVATION_NOT_ACTIVE' }),
    );
    const committed = reserve();
    committed.commit(later(1));
    expect(() => committed.release(later(2))).toThrow(
      expect.objectContaining({ code: 'INVENTORY.RESERVATION_NOT_ACTIVE' }),
    );
  });

  it('expires only once its deadline has passed', () => {
    const r = reserve();
    expect(() => r.expire(later(14))).toThrow(ReservationNotExpiredError);
    expect(r.expire(later(15))).toBe(true);
    expect(r.expire(later(16))).toBe(false);
    expect(r.status).toBe('expired');
  });

  it("returns a shop's sold units once, and only from a committed reservation", () => {
    const other = {
      shopId: 's2',
      variantId: 'v9',
      quantity: 1,
      allocations: [{ warehouseId: 'w9', quantity: 1 }],
    };
    const r = reserve([line, other]);
    expect(() => r.returnShop('s1', later(1))).toThrow(
      expect.objectContaining({
        code: 'INVENTORY.RESERVATION_NOT_COMMITTED',
        details: { status: 'active' },
      }),
    );
    r.commit(later(1));
    const returned = r.returnShop('s1', later(2));
    expect(returned.map((a) => [a.warehouseId, a.quantity, a.returnedAt])).toEqual([
      ['w1', 3, later(2)],
      ['w2', 2, later(2)],
    ]);
    expect(r.updatedAt).toEqual(later(2));
    expect(r.returnShop('s1', later(3))).toEqual([]);
    expect(r.allocations.getItems().find((a) => a.shopId === 's2')?.returnedAt).toBeNull();
    expect(r.status).toBe('committed');
  });

  it('refuses to return units of a shop the reservation never held', () => {
    const r = reserve();
    r.commit(later(1));
    expect(() => r.returnShop('elsewhere', later(2))).toThrow(
      expect.objectContaining({ code: 'INVENTORY.NOTHING_TO_RETURN' }),
    );
  });

  it('announces availability per shop and variant', () => {
    const r = reserve();
    r.pullEvents();
    r.announceAvailability([{ shopId: 's1', variantId: 'v1', available: 4 }]);
    expect(r.peekEvents().map((e) => e.payload)).toEqual([
      { shopId: 's1', variantId: 'v1', available: 4 },
    ]);
  });
});
