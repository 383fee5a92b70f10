import { randomUUID } from 'node:crypto';
import { signUp, startTestApi, TestApi } from '../support/test-api';
import { outboxPayloads } from '../payments/payments-fixtures';
import {
  Buyer,
  buyerWithAddress,
  checkout,
  fillCart,
  Market,
  OrderBody,
  shopOrderOf,
  twoShopMarket,
} from './ordering-fixtures';

const NUMBER = /^PSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

interface OrderDetails extends OrderBody {
  payments: {
    status: string;
    method: string | null;
    card: { brand: string | null; last4: string | null } | null;
  }[];
}

describe('ordering: order numbers, address snapshots and the payment record', () => {
  let api: TestApi;
  let market: Market;

  beforeAll(async () => {
    api = await startTestApi();
    market = await twoShopMarket(api);
  });

  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string, auth: Record<string, string>) => api.http().get(path).set(auth);
  const addAddress = async (buyer: Buyer, body: object) =>
    (await api.http().post('/me/addresses').set(buyer.auth).send(body).expect(201)).body as {
      id: string;
    };
  const ordered = async (buyer?: Buyer, body: Record<string, unknown> = {}) => {
    const who = buyer ?? (await buyerWithAddress(api));
    await fillCart(api, who, [
      [market.a10, 1],
      [market.b20, 1],
    ]);
    const res = await checkout(api, who, randomUUID(), body).expect(201);
    return { buyer: who, order: res.body as OrderDetails };
  };

  describe('addresses', () => {
    const billing = {
      type: 'billing',
      recipientName: 'PT Putri Niaga',
      line1: 'Jl. Asia Afrika 8',
      city: 'Bandung',
      postalCode: '40112',
      countryCode: 'ID',
    };

    it('keeps both addresses as they were at checkout, whatever happens to the address book', async () => {
      const buyer = await buyerWithAddress(api);
      const invoice = await addAddress(buyer, billing);
      const { order } = await ordered(buyer);
      // No billing address named: the buyer's default billing address.
      expect(order.shippingAddress).toMatchObject({ recipientName: 'Ana Putri', city: 'Bandung' });
      expect(order.billingAddress).toMatchObject({
        recipientName: 'PT Putri Niaga',
        line1: 'Jl. Asia Afrika 8',
        postalCode: '40112',
      });

      await api
        .http()
        .patch(`/me/addresses/${buyer.addressId}`)
        .set(buyer.auth)
        .send({ recipientName: 'Someone Else', line1: 'Jl. Baru 1', city: 'Jakarta' })
        .expect(200);
      await api.http().delete(`/me/addresses/${invoice.id}`).set(buyer.auth).expect(204);

      const after = (await get(`/orders/${order.id}`, buyer.auth).expect(200)).body as OrderDetails;
      expect(after.shippingAddress).toEqual(order.shippingAddress);
      expect(after.billingAddress).toEqual(order.billingAddress);
      expect(after.shippingAddress.recipientName).toBe('Ana Putri');
      expect(after.billingAddress.recipientName).toBe('PT Putri Niaga');
      const sellerView = await get(`/shops/${market.shopA.id}/orders`, market.sellerA.auth)
        .query({ number: order.number })
        .expect(200);
      expect(sellerView.body.items[0].shippingAddress.city).toBe('Bandung');
    });

    it('bills to the address named, else to the shipping address when there is no billing one', async () => {
      const { order: plain } = await ordered();
      expect(plain.billingAddress).toEqual(plain.shippingAddress);

      const buyer = await buyerWithAddress(api);
      await addAddress(buyer, billing);
      const named = await addAddress(buyer, { ...billing, recipientName: 'CV Kedua' });
      const { order } = await ordered(buyer, { billingAddressId: named.id });
      expect(order.billingAddress.recipientName).toBe('CV Kedua');
    });

    it('refuses an address of the other type, naming the field', async () => {
      const buyer = await buyerWithAddress(api);
      const invoice = await addAddress(buyer, billing);
      await fillCart(api, buyer, [[market.a10, 1]]);
      const asShipping = await checkout(api, buyer, randomUUID(), {
        shippingAddressId: invoice.id,
      }).expect(422);
      expect(asShipping.body).toMatchObject({
        code: 'ORDERING.WRONG_ADDRESS_TYPE',
        details: { field: 'shippingAddressId' },
      });
      const asBilling = await checkout(api, buyer, randomUUID(), {
        billingAddressId: buyer.addressId,
      }).expect(422);
      expect(asBilling.body).toMatchObject({
        code: 'ORDERING.WRONG_ADDRESS_TYPE',
        details: { field: 'billingAddressId' },
      });
      const stranger = await checkout(api, buyer, randomUUID(), {
        billingAddressId: randomUUID(),
      }).expect(422);
      expect(stranger.body.code).toBe('ORDERING.BILLING_ADDRESS_NOT_FOUND');
    });
  });

  describe('order numbers', () => {
    it('numbers each order and names it by number in its events', async () => {
      const [{ order: first }, { order: second }] = [await ordered(), await ordered()];
      expect(first.number).toMatch(NUMBER);
      expect(second.number).toMatch(NUMBER);
      expect(first.number).not.toBe(second.number);
      const [placed] = await outboxPayloads(api, 'ordering.order-placed', first.id);
      expect(placed.orderNumber).toBe(first.number);
    });

    it('finds a buyer’s own order by its number, as typed; anyone else’s is a 404', async () => {
      const { buyer, order } = await ordered();
      const typed = order.number.toLowerCase().replace(/0/g, 'o');
      const found = await get(`/orders/by-number/${encodeURIComponent(typed)}`, buyer.auth).expect(
        200,
      );
      expect(found.body).toMatchObject({ id: order.id, number: order.number, payments: [] });

      const other = await signUp(api, 'buyer');
      const refused = await get(`/orders/by-number/${order.number}`, other.auth).expect(404);
      expect(refused.body.code).toBe('ORDERING.ORDER_NOT_FOUND');
      await get('/orders/by-number/PSR-0000-0000', buyer.auth).expect(404);
      await get('/orders/by-number/not-a-number', buyer.auth).expect(404);
      await get(`/orders/by-number/${order.number}`, market.admin.auth).expect(200);
    });

    it('lets a seller find its ShopOrder by the order number, and only its own shop’s', async () => {
      const { order } = await ordered();
      const mine = await get(`/shops/${market.shopA.id}/orders`, market.sellerA.auth)
        .query({ number: order.number.toLowerCase() })
        .expect(200);
      expect(mine.body.total).toBe(1);
      expect(mine.body.items[0]).toMatchObject({
        id: shopOrderOf(order, market.shopA.id).id,
        orderNumber: order.number,
      });
      const none = await get(`/shops/${market.shopA.id}/orders`, market.sellerA.auth)
        .query({ number: 'PSR-0000-0000' })
        .expect(200);
      expect(none.body.total).toBe(0);
      await get(`/shops/${market.shopA.id}/orders`, market.sellerB.auth)
        .query({ number: order.number })
        .expect(404);
    });
  });

  describe('the payment record', () => {
    const intentFor = async (buyer: Buyer, orderId: string) =>
      (await api.http().post(`/orders/${orderId}/payment-intent`).set(buyer.auth).expect(201))
        .body as { providerIntentId: string };
    const succeed = (buyer: Buyer, intentId: string, body: object) =>
      api.http().post(`/payments/simulated/intents/${intentId}/succeed`).set(buyer.auth).send(body);

    it('shows the card brand and last four digits the provider reported, nothing more', async () => {
      const { buyer, order } = await ordered();
      const intent = await intentFor(buyer, order.id);
      for (const card of [
        { brand: 'visa', last4: '42' },
        { brand: 'visa', last4: '4242424242424242' },
        { brand: 'bankcard', last4: '4242' },
      ]) {
        const refused = await succeed(buyer, intent.providerIntentId, { card }).expect(400);
        expect(refused.body.code).toBe('REQUEST.VALIDATION_FAILED');
      }
      await succeed(buyer, intent.providerIntentId, {
        card: { brand: 'mastercard', last4: '4444' },
      }).expect(200);
      const { payments } = (await get(`/orders/${order.id}`, buyer.auth).expect(200))
        .body as OrderDetails;
      expect(payments).toEqual([
        expect.objectContaining({
          status: 'succeeded',
          method: 'card',
          card: { brand: 'mastercard', last4: '4444' },
          refunds: [],
        }),
      ]);
    });

    it('shows no card when the provider reported none', async () => {
      const { buyer, order } = await ordered();
      const intent = await intentFor(buyer, order.id);
      await succeed(buyer, intent.providerIntentId, {}).expect(200);
      const { payments } = (await get(`/orders/${order.id}`, buyer.auth).expect(200))
        .body as OrderDetails;
      expect(payments[0]).toMatchObject({ status: 'succeeded', method: null, card: null });
    });
  });
});
