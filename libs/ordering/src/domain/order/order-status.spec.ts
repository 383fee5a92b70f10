import { deriveOrderStatus } from './order-status';

describe('deriveOrderStatus', () => {
  it('is pending_payment while every ShopOrder awaits payment', () => {
    expect(deriveOrderStatus(['pending_payment', 'pending_payment'])).toBe('pending_payment');
  });

  it('is cancelled only when every ShopOrder is cancelled', () => {
    expect(deriveOrderStatus(['cancelled', 'cancelled'])).toBe('cancelled');
    expect(deriveOrderStatus(['cancelled', 'paid'])).toBe('paid');
  });

  it('is the least advanced status among the ShopOrders that are not cancelled', () => {
    expect(deriveOrderStatus(['shipped', 'paid'])).toBe('paid');
    expect(deriveOrderStatus(['delivered', 'shipped', 'completed'])).toBe('shipped');
    expect(deriveOrderStatus(['completed', 'delivered'])).toBe('delivered');
    expect(deriveOrderStatus(['cancelled', 'delivered'])).toBe('delivered');
    expect(deriveOrderStatus(['completed', 'cancelled', 'completed'])).toBe('completed');
  });

  it('follows a single ShopOrder exactly', () => {
    for (const status of [
      'pending_payment',
      'paid',
      'shipped',
      'delivered',
      'completed',
      'cancelled',
    ] as const) {
      expect(deriveOrderStatus([status])).toBe(status);
    }
  });
});
