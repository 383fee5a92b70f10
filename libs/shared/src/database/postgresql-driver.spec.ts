import { escapeLiteral } from 'pg';
import { quoteLiteral } from './postgresql-driver';

describe('quoteLiteral', () => {
  it.each([
    '',
    'plain text',
    "it's",
    "''",
    'back\\slash',
    "both ' and \\ here",
    '\\',
    '{"text":"a \\"quoted\\" word","n":1}',
    'ünïcødé and 😀 and\nnew lines\tand tabs',
  ])('writes %j as node-postgres does', (value) => {
    expect(quoteLiteral(value)).toBe(escapeLiteral(value));
  });

  it('agrees with node-postgres on random strings of quotes, backslashes and letters', () => {
    const alphabet = ["'", '\\', '"', 'a', 'é', '😀', ' ', '\n'];
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let run = 0; run < 500; run++) {
      const length = next() % 40;
      const value = Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
      expect(quoteLiteral(value)).toBe(escapeLiteral(value));
    }
  });
});
