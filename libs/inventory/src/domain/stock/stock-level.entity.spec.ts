import { shopAvailable } from './availability';
import { MAX_ON_HAND, StockLevel } from './stock-level.entity';
import { InvalidQuantityError, StockLimitError } from './stock.errors';

const now = new Date('2026-01-01T00:00:00Z');
const level = () => StockLevel.open({ shopId: 's', warehouseId: 'w', variantId: 'v', now });

/** A level holding `onHand` units, `reserved` of them reserved (released to reach it). */
function holding(onHand: number, reserved = 0): StockLevel {
  const l = level();
  l.receive(onHand, { now });
  // Reservations raise `reserved` in SQL; specs set it the way the database row would hold it.
  Object.assign(l, { _reserved: reserved });
  return l;
}

describe('StockLevel', () => {
  it('receives stock with a receipt row whose reference defaults to its own id', () => {
    const l = level();
    const row = l.receive(5, { actorId: 'u1', now });
    expect([l.onHand, l.reserved, l.available]).toEqual([5, 0, 5]);
    expect(row).toMatchObject({ kind: 'receipt', onHandDelta: 5, reservedDelta: 0, actorId: 'u1' });
    expect(row.reference).toBe(row.id);
  });

  it('refuses a quantity that is not a positive whole number', () => {
    expect(() => level().receive(0, { now })).toThrow(InvalidQuantityError);
    expect(() => level().receive(1.5, { now })).toThrow(InvalidQuantityError);
    expect(() => level().adjust(0, 'count', { now })).toThrow(InvalidQuantityError);
  });

  it('adjusts with the reason on the ledger row', () => {
    const l = holding(10);
    expect(l.adjust(-3, 'damaged', { now })).toMatchObject({
      kind: 'adjustment',
      onHandDelta: -3,
      reason: 'damaged',
    });
    expect(l.onHand).toBe(7);
  });

  it('never adjusts on hand below what is reserved, saying what is available', () => {
    const l = holding(10, 8);
    expect(() => l.adjust(-3, 'lost', { now })).toThrow(
      expect.objectContaining({
        code: 'INVENTORY.INSUFFICIENT_STOCK',
        details: { warehouseId: 'w', variantId: 'v', requested: 3, available: 2 },
      }),
    );
    expect(l.onHand).toBe(10);
  });

  it('transfers out only available stock, never reserved units', () => {
    const l = holding(10, 6);
    expect(() => l.transferOut(5, { reference: 't', now })).toThrow(
      expect.objectContaining({ code: 'INVENTORY.INSUFFICIENT_STOCK' }),
    );
    expect(l.transferOut(4, { reference: 't', now })).toMatchObject({
      kind: 'transfer_out',
      onHandDelta: -4,
      reference: 't',
    });
    expect([l.onHand, l.reserved]).toEqual([6, 6]);
  });

  it('sells reserved units off the shelf, and releases them back to available', () => {
    const l = holding(10, 5);
    expect(l.sellReserved(2, { reference: 'order-1', now })).toMatchObject({
      kind: 'sale',
      onHandDelta: -2,
      reservedDelta: -2,
    });
    expect(l.releaseReserved(3, { reference: 'order-2', now })).toMatchObject({
      kind: 'release',
      onHandDelta: 0,
      reservedDelta: -3,
    });
    expect([l.onHand, l.reserved, l.available]).toEqual([8, 0, 8]);
  });

  it('takes sold units back on hand with a return row, leaving reserved alone', () => {
    const l = holding(4, 1);
    expect(l.takeBackSold(3, { reference: 'order-1', now })).toMatchObject({
      kind: 'return',
      onHandDelta: 3,
      reservedDelta: 0,
      reference: 'order-1',
    });
    expect([l.onHand, l.reserved, l.available]).toEqual([7, 1, 6]);
    expect(() => l.takeBackSold(0, { now })).toThrow(InvalidQuantityError);
  });

  it('refuses to hold more than the limit', () => {
    expect(() => holding(MAX_ON_HAND).receive(1, { now })).toThrow(StockLimitError);
  });

  it('counts only active warehouses in what a shop can sell', () => {
    const levels = [
      { warehouseId: 'a', available: 3 },
      { warehouseId: 'b', available: 4 },
    ];
    expect(shopAvailable(levels, new Set(['a']))).toBe(3);
    expect(shopAvailable(levels, new Set(['a', 'b']))).toBe(7);
  });
});
