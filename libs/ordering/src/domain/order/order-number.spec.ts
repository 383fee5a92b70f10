import { newOrderNumber, normalizeOrderNumber, ORDER_NUMBER } from './order-number';

describe('order numbers', () => {
  it('spells 40 random bits in Crockford base32 as PSR-XXXX-XXXX', () => {
    expect(newOrderNumber(() => Buffer.alloc(5, 0))).toBe('PSR-0000-0000');
    expect(newOrderNumber(() => Buffer.alloc(5, 0xff))).toBe('PSR-ZZZZ-ZZZZ');
    // 0x3a 0x6f 0x5c 0x8b 0x1d = 00111 01001 10111 10101 11001 00010 11000 11101
    expect(newOrderNumber(() => Buffer.from([0x3a, 0x6f, 0x5c, 0x8b, 0x1d]))).toBe('PSR-79QN-S2RX');
  });

  it('draws from the cryptographic source: distinct, valid, no ambiguous letters', () => {
    const numbers = Array.from({ length: 2_000 }, () => newOrderNumber());
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const number of numbers) {
      expect(number).toMatch(ORDER_NUMBER);
      expect(number.slice(4)).not.toMatch(/[ILOU]/);
    }
  });

  it('reads a typed number in any case, with O for 0 and I or L for 1', () => {
    expect(normalizeOrderNumber(' psr-7k3m-q9xd ')).toBe('PSR-7K3M-Q9XD');
    expect(normalizeOrderNumber('PSR-O1IL-0000')).toBe('PSR-0111-0000');
    expect(normalizeOrderNumber('PSR-7K3M-Q9XU')).toBeNull();
    expect(normalizeOrderNumber('7K3M-Q9XD')).toBeNull();
    expect(normalizeOrderNumber('PSR-7K3M-Q9X')).toBeNull();
  });
});
