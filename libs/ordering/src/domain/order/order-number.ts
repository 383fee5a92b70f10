import { randomBytes } from 'node:crypto';

/**
 * Crockford's base32: digits and upper-case letters without I, L, O and U, so a number read
 * aloud or typed from an email is hard to get wrong.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `PSR-` and two groups of four symbols: 40 random bits, e.g. `PSR-7K3M-Q9XD`. */
export const ORDER_NUMBER = /^PSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
export const ORDER_NUMBER_EXAMPLE = 'PSR-7K3M-Q9XD';

/**
 * A new order number from 40 bits of the system's cryptographic randomness: not guessable from
 * another order's number, and with about a trillion values a collision is rare (the unique index
 * catches it; checkout draws again).
 */
export function newOrderNumber(random: (size: number) => Buffer = randomBytes): string {
  const bytes = random(5);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let symbols = '';
  for (let i = 7; i >= 0; i--) symbols += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `PSR-${symbols.slice(0, 4)}-${symbols.slice(4)}`;
}

/**
 * An order number as a person may type it (any case, spaces around, the letters Crockford reads
 * as digits: O for 0, I and L for 1), in its canonical form; null when it cannot be one.
 */
export function normalizeOrderNumber(input: string): string | null {
  const canonical = input.trim().toUpperCase().replace(/O/g, '0').replace(/[IL]/g, '1');
  return ORDER_NUMBER.test(canonical) ? canonical : null;
}
