import { randomUUID } from 'node:crypto';
import { EmptyCartCommand } from '@pasar/cart';
import { OrderingFixture, received } from './ordering-fixture';

describe('checkout idempotency (Postgres)', () => {
  const fx = new OrderingFixture();

  beforeAll(() => fx.start());
  afterAll(() => fx.stop());

  const count = async (sql: string, params: unknown[]) => {
    const [row] = await fx.sql.execute<{ n: number }[]>(sql, params);
    return row.n;
  };

  it('places one order for concurrent duplicates of a key; the others get its response', async () => {
    const stock = await fx.shopWithStock(10);
    const buyer = fx.buyerWithCart(stock, 2);
    const key = randomUUID();

    const results = await Promise.all(Array.from({ length: 8 }, () => fx.checkout(buyer, key)));

    const firsts = results.filter((r) => !r.replayed);
    expect(firsts).toHaveLength(1);
    for (const result of results) {
      expect(result.status).toBe(201);
      expect(result.body).toEqual(JSON.parse(JSON.stringify(firsts[0].body)));
    }
    const orderId = firsts[0].body.id;
    expect(
      await count('select count(*)::int as n from ordering.orders where buyer_id = ?', [buyer.id]),
    ).toBe(1);
    expect(
      await count(
        'select count(*)::int as n from inventory.stock_reservations where reference = ?',
        [orderId],
      ),
    ).toBe(1);
    expect(await fx.stock(stock.variantId)).toMatchObject({ on_hand: 10, reserved: 2 });
    expect(
      received.filter((c) => c instanceof EmptyCartCommand && c.buyerId === buyer.id),
    ).toHaveLength(1);
  });

  it('refuses the same key with another body, and keeps the first response', async () => {
    const stock = await fx.shopWithStock(5);
    const buyer = fx.buyerWithCart(stock);
    const key = randomUUID();
    const first = await fx.checkout(buyer, key, 'card');
    await expect(fx.checkout(buyer, key, 'ewallet')).rejects.toMatchObject({
      code: 'ORDERING.IDEMPOTENCY_KEY_REUSED',
    });
    await expect(fx.checkout(buyer, key, 'card')).resolves.toMatchObject({
      replayed: true,
      body: { id: first.body.id },
    });
  });

  it('keeps one key per buyer: another buyer may use the same key', async () => {
    const stock = await fx.shopWithStock(5);
    const key = randomUUID();
    const [a, b] = [fx.buyerWithCart(stock), fx.buyerWithCart(stock)];
    const first = await fx.checkout(a, key);
    const second = await fx.checkout(b, key);
    expect(second.replayed).toBe(false);
    expect(second.body.id).not.toBe(first.body.id);
  });

  it('stores nothing for a failed checkout, so the same key can be retried', async () => {
    const stock = await fx.shopWithStock(1);
    const buyer = fx.buyerWithCart(stock, 3);
    const key = randomUUID();
    await expect(fx.checkout(buyer, key)).rejects.toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      details: { lines: [expect.objectContaining({ requested: 3, available: 1 })] },
    });
    expect(
      await count('select count(*)::int as n from ordering.idempotency_keys where key = ?', [key]),
    ).toBe(0);
    expect(
      await count('select count(*)::int as n from ordering.orders where buyer_id = ?', [buyer.id]),
    ).toBe(0);
    expect(await fx.stock(stock.variantId)).toMatchObject({ on_hand: 1, reserved: 0 });

    fx.fillCart(buyer, stock, 1);
    const retried = await fx.checkout(buyer, key);
    expect(retried).toMatchObject({ status: 201, replayed: false });
    expect(await fx.stock(stock.variantId)).toMatchObject({ on_hand: 1, reserved: 1 });
  });
});
