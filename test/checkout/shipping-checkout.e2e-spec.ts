import { randomUUID } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { addLine, cartOf, openMarket, sellable } from '../cart/cart-fixtures';
import {
  buyerWithAddress,
  checkout,
  fillCart,
  OrderBody,
  pay,
  shopOrderOf,
} from '../ordering/ordering-fixtures';
import {
  addShippingMethod,
  createOffer,
  createProduct,
  idr,
  openShop,
  ShippingMethodBody,
} from '../shops/shops-fixtures';
import { signUp, startTestApi, TestApi, TestUser } from '../support/test-api';
import { startWorker } from '../support/worker';

interface ShippedShopOrder {
  shipping: number;
  total: number;
  shippingMethod: { id: string; name: string; carrier: string } | null;
}

type ShippedOrder = Omit<OrderBody, 'shopOrders'> & {
  shipping: number;
  shopOrders: (OrderBody['shopOrders'][number] & ShippedShopOrder)[];
};

let codes = 0;
const freshCode = () => `SHIP${Date.now().toString(36)}${++codes}`.toUpperCase();

/**
 * Toko A ships Regular (JNE, 15 000 flat, free from 100 000) or Express (SiCepat, 5 000 per
 * item); Toko B ships Kilat (AnterAja, 8 000 flat). Their free pickups (from the fixtures) are
 * retired, so only these are on offer.
 */
describe('checkout: shipping per shop (with the worker)', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  let market: Awaited<ReturnType<typeof openMarket>>;
  let a30: Awaited<ReturnType<typeof sellable>>;
  let b20: Awaited<ReturnType<typeof sellable>>;
  let regular: ShippingMethodBody;
  let express: ShippingMethodBody;
  let kilat: ShippingMethodBody;
  let pickupA: ShippingMethodBody;

  beforeAll(async () => {
    api = await startTestApi();
    worker = await startWorker(api);
    market = await openMarket(api);
    const { sellerA, sellerB, shopA, shopB, categoryId } = market;
    [a30, b20] = await Promise.all([
      sellable(api, sellerA, shopA.id, categoryId, { price: 30_000, stock: 50, name: 'Kemeja' }),
      sellable(api, sellerB, shopB.id, categoryId, { price: 20_000, stock: 50, name: 'Batik' }),
    ]);
    [regular, express, kilat] = await Promise.all([
      addShippingMethod(api, sellerA, shopA.id, {
        name: 'Regular',
        carrier: 'JNE',
        price: idr(15_000),
        freeAbove: 100_000,
        estimatedDaysMin: 2,
        estimatedDaysMax: 4,
      }),
      addShippingMethod(api, sellerA, shopA.id, {
        name: 'Express',
        carrier: 'SiCepat',
        pricing: 'per_item',
        price: idr(5_000),
        estimatedDaysMin: 1,
        estimatedDaysMax: 1,
      }),
      addShippingMethod(api, sellerB, shopB.id, {
        name: 'Kilat',
        carrier: 'AnterAja',
        price: idr(8_000),
        estimatedDaysMin: 1,
        estimatedDaysMax: 3,
      }),
    ]);
    pickupA = await retirePickup(sellerA, shopA.id);
    await retirePickup(sellerB, shopB.id);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
  });

  async function retirePickup(seller: TestUser, shopId: string): Promise<ShippingMethodBody> {
    const methods = (
      await api.http().get(`/shops/${shopId}/shipping-methods`).set(seller.auth).expect(200)
    ).body as ShippingMethodBody[];
    const pickup = methods.find((m) => m.name === 'Pickup')!;
    await setActive(seller, shopId, pickup.id, false);
    return pickup;
  }

  const setActive = (seller: TestUser, shopId: string, methodId: string, active: boolean) =>
    api
      .http()
      .patch(`/shops/${shopId}/shipping-methods/${methodId}`)
      .set(seller.auth)
      .send({ active })
      .expect(200);

  it('charges each shop its chosen method, in the totals and in the payment amount; tracking shows it', async () => {
    const { shopA, shopB, sellerA } = market;
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [a30, 2],
      [b20, 1],
    ]);

    // The cart offers each shop's methods priced for its lines, the cheapest selected.
    const cart = await cartOf(api, buyer);
    const cartA = cart.shops.find((s) => s.shopId === shopA.id)!;
    const cartB = cart.shops.find((s) => s.shopId === shopB.id)!;
    expect(cartA.shippingOptions.map((o) => [o.name, o.price, o.selected])).toEqual([
      ['Express', 10_000, true],
      ['Regular', 15_000, false],
    ]);
    expect([cartA.shipping, cartA.total, cartB.shipping, cartB.total]).toEqual([
      10_000, 70_000, 8_000, 28_000,
    ]);
    expect(cart).toMatchObject({ subtotal: 80_000, shipping: 18_000, total: 98_000 });

    // Checkout takes Regular for Toko A and Toko B's cheapest.
    const res = await checkout(api, buyer, undefined, {
      shippingMethods: [{ shopId: shopA.id, methodId: regular.id }],
    }).expect(201);
    const placed = res.body as ShippedOrder & { paymentInstructions: { amount: number } };
    expect(placed).toMatchObject({
      subtotal: 80_000,
      discount: 0,
      shipping: 23_000,
      total: 103_000,
    });
    expect(placed.paymentInstructions.amount).toBe(103_000);
    const a = shopOrderOf(placed as unknown as OrderBody, shopA.id) as unknown as ShippedShopOrder;
    const b = shopOrderOf(placed as unknown as OrderBody, shopB.id) as unknown as ShippedShopOrder;
    expect([a.shipping, a.total, a.shippingMethod]).toEqual([
      15_000,
      75_000,
      expect.objectContaining({ id: regular.id, name: 'Regular', carrier: 'JNE' }),
    ]);
    expect([b.shipping, b.total, b.shippingMethod?.id]).toEqual([8_000, 28_000, kilat.id]);
    const read = await api.http().get(`/orders/${placed.id}`).set(buyer.auth).expect(200);
    expect(read.body).toMatchObject({ shipping: 23_000, total: 103_000 });

    // The payment is for the goods and the shipping.
    const intent = await api
      .http()
      .post(`/orders/${placed.id}/payment-intent`)
      .set(buyer.auth)
      .expect(201);
    expect(intent.body.amount).toBe(103_000);

    // Shipped with a carrier and tracking number, the tracking view shows it with the method.
    await pay(api, buyer, placed.id);
    const shopOrderA = placed.shopOrders.find((s) => s.shopId === shopA.id)!;
    await api
      .http()
      .post(`/shop-orders/${shopOrderA.id}/ship`)
      .set(sellerA.auth)
      .send({ carrier: 'JNE', trackingNumber: 'JNE-7788' })
      .expect(200);
    const tracking = await api
      .http()
      .get(`/orders/${placed.id}/tracking`)
      .set(buyer.auth)
      .expect(200);
    const shipmentA = tracking.body.shipments.find(
      (s: { shopId: string }) => s.shopId === shopA.id,
    );
    const shipmentB = tracking.body.shipments.find(
      (s: { shopId: string }) => s.shopId === shopB.id,
    );
    expect(shipmentA).toMatchObject({
      status: 'shipped',
      shippingMethod: { id: regular.id, name: 'Regular', carrier: 'JNE', estimatedDaysMin: 2 },
      shippingCost: 15_000,
      carrier: 'JNE',
      trackingNumber: 'JNE-7788',
      deliveredAt: null,
    });
    expect(shipmentA.paidAt).not.toBeNull();
    expect(shipmentA.shippedAt).not.toBeNull();
    expect(shipmentB).toMatchObject({
      status: 'paid',
      shippingMethod: { id: kilat.id, name: 'Kilat', carrier: 'AnterAja' },
      carrier: null,
      trackingNumber: null,
      shippedAt: null,
    });
  });

  it('ships for nothing from the free-above subtotal on', async () => {
    const { shopA } = market;
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [[a30, 4]]);
    const cart = await cartOf(api, buyer);
    expect(cart.shops[0].shippingOptions.map((o) => [o.name, o.price, o.selected])).toEqual([
      ['Regular', 0, true],
      ['Express', 20_000, false],
    ]);
    const res = await checkout(api, buyer).expect(201);
    const order = res.body as ShippedOrder & { paymentInstructions: { amount: number } };
    expect(order).toMatchObject({ subtotal: 120_000, shipping: 0, total: 120_000 });
    expect(order.paymentInstructions.amount).toBe(120_000);
    expect(order.shopOrders[0]).toMatchObject({
      shopId: shopA.id,
      shipping: 0,
      shippingMethod: { id: regular.id },
    });
  });

  it('ships every shop for nothing under a free-shipping promotion above its minimum', async () => {
    const code = freshCode();
    await api
      .http()
      .post('/promotions')
      .set(market.admin.auth)
      .send({ code, kind: 'free_shipping', currency: 'IDR', minimumSubtotal: 50_000 })
      .expect(201);
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [a30, 1],
      [b20, 1],
    ]);
    await api.http().put('/cart/promotion').set(buyer.auth).send({ code }).expect(200);
    const cart = await cartOf(api, buyer);
    expect(cart.shops.map((s) => [s.freeShipping, s.shipping])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(cart).toMatchObject({ discount: 0, shipping: 0, total: 50_000 });

    const res = await checkout(api, buyer, undefined, {
      shippingMethods: [{ shopId: market.shopA.id, methodId: express.id }],
    }).expect(201);
    const order = res.body as ShippedOrder & { paymentInstructions: { amount: number } };
    expect(order).toMatchObject({ promotion: { code }, shipping: 0, total: 50_000 });
    expect(order.paymentInstructions.amount).toBe(50_000);
    expect(order.shopOrders.map((s) => [s.shippingMethod?.id, s.shipping])).toEqual(
      expect.arrayContaining([
        [express.id, 0],
        [kilat.id, 0],
      ]),
    );
  });

  it("refuses another shop's method, an inactive one, or a shop not in the cart, naming the field", async () => {
    const { shopA, shopB } = market;
    const buyer = await buyerWithAddress(api);
    await fillCart(api, buyer, [
      [a30, 1],
      [b20, 1],
    ]);
    const attempts: [Record<string, string>[], string][] = [
      [[{ shopId: shopA.id, methodId: kilat.id }], 'shippingMethods[0].methodId'],
      [
        [
          { shopId: shopB.id, methodId: kilat.id },
          { shopId: shopA.id, methodId: pickupA.id },
        ],
        'shippingMethods[1].methodId',
      ],
      [
        // A shop that is not in the cart (rewriting a real id's last digit hit the real shop 1 time in 16).
        [{ shopId: randomUUID(), methodId: kilat.id }],
        'shippingMethods[0].shopId',
      ],
    ];
    for (const [shippingMethods, field] of attempts) {
      const res = await checkout(api, buyer, undefined, { shippingMethods }).expect(422);
      expect(res.body).toMatchObject({
        code: 'ORDERING.SHIPPING_METHOD_NOT_AVAILABLE',
        details: { field },
      });
    }
    const malformed = await checkout(api, buyer, undefined, {
      shippingMethods: [{ shopId: shopA.id, methodId: 'express' }],
    }).expect(400);
    expect(JSON.stringify(malformed.body)).toContain('methodId');
    // Nothing was ordered: the cart is still there.
    expect((await cartOf(api, buyer)).shops).toHaveLength(2);
  });

  it('does not sell the offers of a shop without an active shipping method', async () => {
    // A shop that never had a method: its offer cannot even be added.
    const seller = await signUp(api, 'seller');
    const shop = await openShop(api, seller, { name: 'Toko Tanpa Kurir' });
    const product = await createProduct(api, seller, market.categoryId);
    await api
      .http()
      .post(`/catalog/products/${product.id}/status`)
      .set(seller.auth)
      .send({ status: 'active' })
      .expect(200);
    const offer = await createOffer(api, seller, shop.id, { variantId: product.variants[0].id });
    const buyer = await buyerWithAddress(api);
    const refused = await addLine(api, buyer, offer.id, 1).expect(422);
    expect(refused.body).toMatchObject({
      code: 'CART.SHOP_NOT_SHIPPABLE',
      details: { shopId: shop.id, shopName: 'Toko Tanpa Kurir' },
    });

    // A shop that retires its last method after the buyer added its offer: checkout refuses.
    const { shopB, sellerB } = market;
    await fillCart(api, buyer, [[b20, 1]]);
    await setActive(sellerB, shopB.id, kilat.id, false);
    try {
      expect((await cartOf(api, buyer)).shops[0]).toMatchObject({
        shippingOptions: [],
        shippingMethodId: null,
      });
      const res = await checkout(api, buyer).expect(422);
      expect(res.body).toMatchObject({
        code: 'ORDERING.SHOP_NOT_SHIPPABLE',
        details: { shopId: shopB.id, shopName: 'Toko B' },
      });
    } finally {
      await setActive(sellerB, shopB.id, kilat.id, true);
    }
  });
});
