import { DEFAULT_PRIORITY, Warehouse } from './warehouse.aggregate';

const t0 = new Date('2026-01-01T00:00:00Z');
const t1 = new Date('2026-01-02T00:00:00Z');
const address = {
  line1: 'Jl. Gudang 5',
  line2: null,
  city: 'Bekasi',
  region: null,
  postalCode: '17111',
  countryCode: 'ID',
};

const open = (priority?: number) =>
  Warehouse.open({ shopId: 'shop-1', name: 'Bekasi DC', address, priority, now: t0 });

describe('Warehouse', () => {
  it('opens active, with the default priority unless given one', () => {
    expect(open()).toMatchObject({ active: true, priority: DEFAULT_PRIORITY, name: 'Bekasi DC' });
    expect(open(5).priority).toBe(5);
  });

  it('changes only the fields given and replaces the address as a whole', () => {
    const warehouse = open();
    warehouse.revise({ address: { ...address, city: 'Depok', line2: 'Blok B' } }, t1);
    expect(warehouse.name).toBe('Bekasi DC');
    expect(warehouse.address).toMatchObject({ city: 'Depok', line2: 'Blok B' });
    expect(warehouse.updatedAt).toEqual(t1);
  });

  it('reports whether (de)activating changed anything', () => {
    const warehouse = open();
    expect(warehouse.setActive(true, t1)).toBe(false);
    expect(warehouse.setActive(false, t1)).toBe(true);
    expect(warehouse.active).toBe(false);
    expect(warehouse.setActive(false, t1)).toBe(false);
  });

  it('announces the shop-wide availability of each variant it is told about', () => {
    const warehouse = open();
    warehouse.announceAvailability([
      { variantId: 'v1', available: 7 },
      { variantId: 'v2', available: 0 },
    ]);
    expect(warehouse.peekEvents().map((e) => [e.type, e.payload])).toEqual([
      ['inventory.availability-changed', { shopId: 'shop-1', variantId: 'v1', available: 7 }],
      ['inventory.availability-changed', { shopId: 'shop-1', variantId: 'v2', available: 0 }],
    ]);
  });
});
