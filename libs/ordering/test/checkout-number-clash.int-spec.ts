import { randomUUID } from 'node:crypto';
import { newOrderNumber } from '../src/domain/order/order-number';
import { OrderingFixture } from './ordering-fixture';

jest.mock('../src/domain/order/order-number', () => {
  const actual = jest.requireActual('../src/domain/order/order-number');
  return { ...actual, newOrderNumber: jest.fn(actual.newOrderNumber) };
});
const drawNumber = newOrderNumber as jest.MockedFunction<typeof newOrderNumber>;

/** Two orders drawing one number: the unique index refuses the second at commit, which retries. */
describe('checkout order numbers (Postgres)', () => {
  const fx = new OrderingFixture();

  beforeAll(() => fx.start());
  afterAll(() => fx.stop());

  it('places the order again with a new number when its number is taken', async () => {
    const stock = await fx.shopWithStock(5);
    const first = await fx.checkout(fx.buyerWithCart(stock), randomUUID());
    const taken = first.body.number;

    const buyer = fx.buyerWithCart(stock, 2);
    fx.keepCart(buyer);
    drawNumber.mockReturnValueOnce(taken).mockReturnValueOnce(taken);
    const second = await fx.checkout(buyer, randomUUID());

    expect(second.status).toBe(201);
    expect(second.body.number).not.toBe(taken);
    const rows = await fx.sql.execute<{ number: string }[]>(
      'select number from ordering.orders where buyer_id = ?',
      [buyer.id],
    );
    expect(rows).toEqual([{ number: second.body.number }]);
    // The attempts that clashed left nothing behind: one reservation, 1 + 2 units held.
    expect(await fx.stock(stock.variantId)).toMatchObject({ on_hand: 5, reserved: 3 });
  });
});
