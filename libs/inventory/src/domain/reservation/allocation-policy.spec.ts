import { allocate, mergeLines } from './allocation-policy';
import { InvalidReservationError } from './reservation.errors';

const c = (warehouseId: string, priority: number, available: number) => ({
  warehouseId,
  priority,
  available,
});

describe('allocation policy', () => {
  it('takes the whole line from the first warehouse by priority that can cover it', () => {
    expect(allocate(3, [c('b', 1, 5), c('a', 0, 5)])).toEqual([{ warehouseId: 'a', quantity: 3 }]);
  });

  it('prefers one parcel from a later warehouse over splitting', () => {
    expect(allocate(4, [c('a', 0, 2), c('b', 1, 9)])).toEqual([{ warehouseId: 'b', quantity: 4 }]);
  });

  it('splits a line in priority order when no warehouse can cover it alone', () => {
    expect(allocate(6, [c('c', 2, 4), c('a', 0, 3), c('b', 1, 2)])).toEqual([
      { warehouseId: 'a', quantity: 3 },
      { warehouseId: 'b', quantity: 2 },
      { warehouseId: 'c', quantity: 1 },
    ]);
  });

  it('breaks priority ties by warehouse id, and skips empty warehouses', () => {
    expect(allocate(2, [c('b', 0, 5), c('z', 0, 0), c('a', 0, 5)])).toEqual([
      { warehouseId: 'a', quantity: 2 },
    ]);
  });

  it('gives nothing when all the stock together is too little', () => {
    expect(allocate(8, [c('a', 0, 3), c('b', 1, 4)])).toBeNull();
    expect(allocate(1, [])).toBeNull();
  });

  it('merges lines of the same shop and variant and orders them by lock key', () => {
    expect(
      mergeLines([
        { shopId: 's2', variantId: 'v1', quantity: 1 },
        { shopId: 's1', variantId: 'v2', quantity: 2 },
        { shopId: 's1', variantId: 'v2', quantity: 3 },
      ]),
    ).toEqual([
      { shopId: 's1', variantId: 'v2', quantity: 5 },
      { shopId: 's2', variantId: 'v1', quantity: 1 },
    ]);
  });

  it('refuses an empty request and quantities that are not positive whole numbers', () => {
    expect(() => mergeLines([])).toThrow(InvalidReservationError);
    expect(() => mergeLines([{ shopId: 's', variantId: 'v', quantity: 0 }])).toThrow(
      InvalidReservationError,
    );
    expect(() => mergeLines([{ shopId: 's', variantId: 'v', quantity: -2 }])).toThrow(
      InvalidReservationError,
    );
  });
});
