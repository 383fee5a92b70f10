import { Money } from '../offer/money.vo';
import { ShippingMethod, ShippingMethodTerms } from './shipping-method.aggregate';

const t0 = new Date('2026-03-01T00:00:00Z');
const t1 = new Date('2026-03-02T00:00:00Z');

const terms = (overrides: Partial<ShippingMethodTerms> = {}): ShippingMethodTerms => ({
  name: ' Regular ',
  carrier: ' JNE ',
  pricing: 'flat',
  price: Money.of(9_000, 'IDR'),
  freeAbove: null,
  estimatedDaysMin: 2,
  estimatedDaysMax: 4,
  active: true,
  ...overrides,
});

const define = (overrides: Partial<ShippingMethodTerms> = {}) =>
  ShippingMethod.define({ shopId: 'shop-1', terms: terms(overrides), now: t0 });

describe('ShippingMethod', () => {
  it('keeps trimmed names and the terms given', () => {
    expect(define({ pricing: 'per_item', freeAbove: 100_000 })).toMatchObject({
      shopId: 'shop-1',
      name: 'Regular',
      carrier: 'JNE',
      pricing: 'per_item',
      freeAbove: 100_000,
      estimatedDaysMin: 2,
      estimatedDaysMax: 4,
      active: true,
    });
  });

  it('refuses terms that break its rules, naming the field', () => {
    const cases: [Partial<ShippingMethodTerms>, string][] = [
      [{ name: '   ' }, 'name'],
      [{ carrier: 'x'.repeat(61) }, 'carrier'],
      [{ pricing: 'by_weight' as never }, 'pricing'],
      [{ freeAbove: 0 }, 'freeAbove'],
      [{ freeAbove: 1.5 }, 'freeAbove'],
      [{ estimatedDaysMin: -1 }, 'estimatedDaysMin'],
      [{ estimatedDaysMin: 5, estimatedDaysMax: 4 }, 'estimatedDaysMax'],
      [{ estimatedDaysMax: 366 }, 'estimatedDaysMax'],
    ];
    for (const [overrides, field] of cases) {
      expect(() => define(overrides)).toThrow(
        expect.objectContaining({ code: 'SHOPS.INVALID_SHIPPING_METHOD', details: { field } }),
      );
    }
  });

  it('revises only the fields given and checks the result as a whole', () => {
    const method = define({ freeAbove: 100_000 });
    method.revise({ price: Money.of(12_000, 'IDR'), freeAbove: null, active: false }, t1);
    expect(method).toMatchObject({
      name: 'Regular',
      freeAbove: null,
      active: false,
      estimatedDaysMax: 4,
      updatedAt: t1,
    });
    expect(method.price.amount).toBe(12_000);
    expect(() => method.revise({ estimatedDaysMin: 9 }, t1)).toThrow(
      expect.objectContaining({ details: { field: 'estimatedDaysMax' } }),
    );
    expect(method.estimatedDaysMin).toBe(2);
  });
});
