import { searchStatement } from './search-statement';

const CATEGORY = '00000000-0000-4000-8000-000000000001';
const SHOP = '00000000-0000-4000-8000-000000000002';

describe('searchStatement', () => {
  it('binds every value to a numbered placeholder instead of writing it into the text', () => {
    const { sql, params } = searchStatement({
      q: "o'reilly wok",
      categoryId: CATEGORY,
      shopId: SHOP,
      minPrice: 1234567,
      maxPrice: 7654321,
      inStock: true,
      minRating: 3.5,
      sort: 'price_desc',
      limit: 17,
      offset: 40,
    });
    expect(params).toEqual(["o'reilly wok", CATEGORY, SHOP, 1234567, 7654321, 3.5, 17, 40]);
    for (const value of ["o'reilly", CATEGORY, SHOP, '1234567', '7654321', '3.5', '17', '40']) {
      expect(sql).not.toContain(value);
    }
    const placeholders = new Set(sql.match(/\$\d+/g));
    expect([...placeholders].sort()).toEqual(params.map((_, i) => `$${i + 1}`).sort());
  });

  it('writes the same text for the same filters and sort, whatever their values', () => {
    const one = searchStatement({ q: 'wok', minPrice: 1, sort: 'rating', limit: 20, offset: 0 });
    const two = searchStatement({ q: 'batik', minPrice: 9, sort: 'rating', limit: 5, offset: 5 });
    const other = searchStatement({ q: 'wok', maxPrice: 1, sort: 'rating', limit: 20, offset: 0 });
    expect(two.sql).toBe(one.sql);
    expect(other.sql).not.toBe(one.sql);
  });
});
