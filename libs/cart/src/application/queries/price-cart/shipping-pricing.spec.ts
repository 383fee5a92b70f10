import { shippingPrice } from './shipping-pricing';

const flat = {
  pricing: 'flat' as const,
  price: { amount: 9_000, currency: 'IDR' },
  freeAbove: null,
};
const perItem = {
  ...flat,
  pricing: 'per_item' as const,
  price: { amount: 1_500, currency: 'IDR' },
};

describe('shippingPrice', () => {
  it('charges a flat price once, however many units', () => {
    expect(shippingPrice(flat, { subtotal: 50_000, units: 7 })).toBe(9_000);
  });

  it('charges a per-item price for every unit', () => {
    expect(shippingPrice(perItem, { subtotal: 50_000, units: 7 })).toBe(10_500);
  });

  it('is free from the threshold on, and not below it', () => {
    const threshold = { ...perItem, freeAbove: 50_000 };
    expect(shippingPrice(threshold, { subtotal: 50_000, units: 7 })).toBe(0);
    expect(shippingPrice(threshold, { subtotal: 49_999, units: 7 })).toBe(10_500);
  });
});
