import { addLine } from '../cart/cart-fixtures';
import { signUp, startTestApi, TestApi } from '../support/test-api';
import {
  Buyer,
  buyerWithAddress,
  checkout,
  Merchant,
  openMerchant,
  sql,
  stockBooks,
} from './checkout-world';

const BUYERS = 200;
const UNITS = 50;

/** Runs `work` over `items` with at most `limit` in flight (sign-ups hash passwords). */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += limit) {
    results.push(...(await Promise.all(items.slice(i, i + limit).map(work))));
  }
  return results;
}

describe('Checkout under concurrency (200 buyers, 50 units)', () => {
  let api: TestApi;
  let merchant: Merchant;
  let buyers: Buyer[];

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMIT_AUTH: '100000', RATE_LIMIT_DEFAULT: '100000' });
    const admin = await signUp(api, 'admin');
    // 30 + 20 units: some orders are served by the second warehouse.
    merchant = await openMerchant(api, admin, [30, 20]);
    buyers = await inBatches([...Array(BUYERS).keys()], 8, async () => {
      const buyer = await buyerWithAddress(api);
      await addLine(api, buyer, merchant.offerId, 1).expect(201);
      return buyer;
    });
  }, 240_000);

  afterAll(() => api?.close());

  it('creates exactly 50 orders, refuses the rest with 409, and every book agrees', async () => {
    const responses = await Promise.all(buyers.map((buyer) => checkout(api, buyer)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(UNITS);
    expect(statuses.filter((s) => s === 409)).toHaveLength(BUYERS - UNITS);
    for (const refused of responses.filter((r) => r.status === 409)) {
      expect(refused.body.code).toBe('INVENTORY.INSUFFICIENT_STOCK');
    }

    const db = sql(api);
    const [{ orders, shop_orders }] = await db.execute<{ orders: number; shop_orders: number }[]>(
      `select (select count(*)::int from ordering.orders) as orders,
              (select count(*)::int from ordering.shop_orders) as shop_orders`,
    );
    expect({ orders, shop_orders }).toEqual({ orders: UNITS, shop_orders: UNITS });

    const [{ active, held }] = await db.execute<{ active: number; held: number }[]>(
      `select count(distinct r.id)::int as active, coalesce(sum(a.quantity), 0)::int as held
         from inventory.stock_reservations r
         join inventory.reservation_allocations a on a.reservation_id = r.id
        where r.status = 'active'`,
    );
    expect({ active, held }).toEqual({ active: UNITS, held: UNITS });

    const books = await stockBooks(api, merchant.variantId);
    expect(books).toHaveLength(2);
    for (const book of books) {
      expect(book.on_hand).toBe(book.ledger_on_hand);
      expect(book.reserved).toBe(book.ledger_reserved);
      expect(book.reserved).toBe(book.held);
      expect(book.reserved).toBe(book.on_hand); // sold out in both warehouses
    }
    expect(books.reduce((sum, b) => sum + b.on_hand, 0)).toBe(UNITS);

    // The winners' carts are empty; the losers' carts still hold their line.
    const carts = await Promise.all(
      buyers.map((buyer) => api.http().get('/cart').set(buyer.auth).expect(200)),
    );
    const lines = carts.map((c) =>
      c.body.shops.reduce((n: number, s: { lines: unknown[] }) => n + s.lines.length, 0),
    );
    expect(lines.filter((n) => n === 0)).toHaveLength(UNITS);
    expect(lines.filter((n) => n === 1)).toHaveLength(BUYERS - UNITS);
  }, 120_000);
});
