import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import {
  EmptyCartCommand,
  PriceCartQuery,
  CartShippingOption,
  PricedCart,
  PricedCartLine,
  RedeemPromotionCommand,
} from '@pasar/cart';
import { AddressView, GetCheckoutAddressesQuery } from '@pasar/identity';
import { InsufficientStockError, ReserveStockCommand } from '@pasar/inventory';
import { loadConfig } from '@pasar/shared';
import { BUYER, orderingMetadata, SHOP_A, SHOP_B } from '../../../../test/order-builders';
import { Order } from '../../../domain/order/order.aggregate';
import { OrderRepository } from '../../../domain/order/order.repository';
import { CheckoutIdempotency, StoredCheckout } from '../../ports/checkout-idempotency';
import { requestFingerprint } from './checkout-cart';
import { PlaceOrderCommand } from './place-order.command';
import { PlaceOrderHandler } from './place-order.handler';

const ADDRESS_ID = 'addaddad-0000-4000-8000-000000000001';
const address = {
  id: ADDRESS_ID,
  type: 'shipping',
  recipientName: 'Ana Putri',
  line1: 'Jl. Merdeka 10',
  line2: null,
  city: 'Bandung',
  region: null,
  postalCode: '40111',
  countryCode: 'ID',
  phone: null,
};

function cartLine(shopId: string, n: number, unitPrice: number, quantity: number): PricedCartLine {
  const id = (prefix: string) => `${prefix}-0000-4000-8000-00000000000${n}`;
  return {
    lineId: id('11111111'),
    offerId: id('0ffe0ffe'),
    shopId,
    variantId: id('7a7a7a7a'),
    productId: id('9d9d9d9d'),
    productName: `Kaos ${n}`,
    variantTitle: 'M',
    sku: `KAOS-${n}`,
    quantity,
    unitPrice,
    lineTotal: unitPrice * quantity,
    currency: 'IDR',
    purchasable: true,
  };
}

function shippingOption(methodId: string, price: number): CartShippingOption {
  return {
    methodId,
    name: 'Regular',
    carrier: 'JNE',
    pricing: 'flat',
    price,
    freeAbove: null,
    estimatedDaysMin: 2,
    estimatedDaysMax: 4,
    selected: true,
  };
}

function pricedCart(overrides: Partial<PricedCart> = {}): PricedCart {
  const a = [cartLine(SHOP_A, 1, 10_000, 2)];
  const b = [cartLine(SHOP_B, 2, 5_000, 1)];
  return {
    buyerId: BUYER,
    currency: 'IDR',
    shops: [
      {
        shopId: SHOP_A,
        shopName: 'Toko A',
        lines: a,
        subtotal: 20_000,
        discount: 2_000,
        shippingOptions: [shippingOption('5e1f0000-0000-4000-8000-00000000000a', 3_000)],
        shippingMethodId: '5e1f0000-0000-4000-8000-00000000000a',
        freeShipping: false,
        shipping: 3_000,
        total: 21_000,
      },
      {
        shopId: SHOP_B,
        shopName: 'Toko B',
        lines: b,
        subtotal: 5_000,
        discount: 500,
        shippingOptions: [shippingOption('5e1f0000-0000-4000-8000-00000000000b', 1_000)],
        shippingMethodId: '5e1f0000-0000-4000-8000-00000000000b',
        freeShipping: false,
        shipping: 1_000,
        total: 5_500,
      },
    ],
    subtotal: 25_000,
    discount: 2_500,
    shipping: 4_000,
    total: 26_500,
    promotion: {
      id: 'b0b0b0b0-0000-4000-8000-000000000001',
      code: 'HEMAT10',
      valid: true,
      problem: null,
    },
    ...overrides,
  };
}

const BILLING_ID = 'addaddad-0000-4000-8000-000000000002';
const billingAddress = {
  ...address,
  id: BILLING_ID,
  type: 'billing',
  recipientName: 'PT Putri Niaga',
  line1: 'Jl. Asia Afrika 8',
};

/** What the repository recognizes as an order number refused by the unique index. */
const NUMBER_CLASH = new Error('orders_number_unique');

function setup(
  options: {
    cart?: PricedCart;
    earlier?: StoredCheckout;
    reserve?: () => unknown;
    defaultBilling?: object;
    /** Checkouts whose order number clashes with another order's at commit. */
    numberClashes?: number;
  } = {},
) {
  const book = new Map<string, object>([
    [ADDRESS_ID, address],
    [BILLING_ID, billingAddress],
  ]);
  const executed: object[] = [];
  const commands = {
    execute: jest.fn(async (command: object) => {
      executed.push(command);
      if (command instanceof ReserveStockCommand) {
        return options.reserve ? options.reserve() : { reservationId: 'res-1' };
      }
      return undefined;
    }),
  } as unknown as CommandBus;
  const queries = {
    execute: jest.fn(async (query: object) => {
      if (query instanceof GetCheckoutAddressesQuery) {
        const own = (id: string) => (query.userId === BUYER ? (book.get(id) ?? null) : null);
        const defaultBilling = query.userId === BUYER ? (options.defaultBilling ?? null) : null;
        return {
          shipping: own(query.shippingAddressId),
          billing: query.billingAddressId === null ? defaultBilling : own(query.billingAddressId),
        };
      }
      if (query instanceof PriceCartQuery) return options.cart ?? pricedCart();
      throw new Error(`unexpected query ${query.constructor.name}`);
    }),
  } as unknown as QueryBus;
  const saved: Order[] = [];
  const orders = {
    save: jest.fn((order: Order) => {
      saved.push(order);
    }),
    isNumberClash: (error: unknown) => error === NUMBER_CLASH,
  } as unknown as OrderRepository;
  const idempotency = {
    claim: jest.fn(async () => options.earlier ?? null),
    complete: jest.fn(async () => undefined),
  } as unknown as CheckoutIdempotency;
  const tx = { getTransactionContext: () => ({}) };
  let clashes = options.numberClashes ?? 0;
  const em = {
    transactional: async (work: (em: typeof tx) => Promise<unknown>) => {
      const result = await work(tx);
      if (clashes-- > 0) throw NUMBER_CLASH;
      return result;
    },
  } as unknown as EntityManager;
  const config = loadConfig({ RESERVATION_TTL_SECONDS: '600', PUBLIC_URL: 'https://pasar.test' });
  const handler = new PlaceOrderHandler(em, commands, queries, orders, idempotency, config);
  return { handler, executed, queries, saved, idempotency, orders };
}

const checkout = (addressId = ADDRESS_ID) =>
  new PlaceOrderCommand(BUYER, 'key-1', addressId, 'card');

describe('PlaceOrderHandler', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    orm = await orderingMetadata();
  });
  afterAll(() => orm.close());

  it('reserves, redeems and empties the cart, then saves the order and keeps the response', async () => {
    const { handler, executed, saved, idempotency } = setup();
    const before = Date.now();
    const result = await handler.execute(checkout());

    const [order] = saved;
    expect(
      order.shopOrders
        .getItems()
        .map((s) => [s.shopId, s.subtotal, s.discount, s.shipping, s.total, s.shippingMethodName]),
    ).toEqual([
      [SHOP_A, 20_000, 2_000, 3_000, 21_000, 'Regular'],
      [SHOP_B, 5_000, 500, 1_000, 5_500, 'Regular'],
    ]);
    expect([order.shipping, order.total, order.reservationId, order.shippingAddress.city]).toEqual([
      4_000,
      26_500,
      'res-1',
      'Bandung',
    ]);
    expect(executed.map((c) => c.constructor)).toEqual([
      ReserveStockCommand,
      RedeemPromotionCommand,
      EmptyCartCommand,
    ]);
    const [reserve, redeem] = executed as [ReserveStockCommand, RedeemPromotionCommand];
    expect(reserve.reference).toBe(order.id);
    expect(reserve.lines).toEqual([
      { shopId: SHOP_A, variantId: '7a7a7a7a-0000-4000-8000-000000000001', quantity: 2 },
      { shopId: SHOP_B, variantId: '7a7a7a7a-0000-4000-8000-000000000002', quantity: 1 },
    ]);
    expect(reserve.expiresAt.getTime()).toBeGreaterThanOrEqual(before + 600_000);
    expect(reserve.expiresAt).toEqual(order.expiresAt);
    expect(redeem).toMatchObject({ buyerId: BUYER, orderId: order.id, discount: 2_500 });

    expect(result).toMatchObject({ status: 201, replayed: false });
    expect(result.body.paymentInstructions).toEqual({
      provider: 'simulated',
      method: 'card',
      amount: 26_500,
      currency: 'IDR',
      payBefore: order.expiresAt.toISOString(),
      createIntentUrl: `https://pasar.test/orders/${order.id}/payment-intent`,
    });
    expect(idempotency.complete).toHaveBeenCalledWith(BUYER, 'key-1', {
      status: 201,
      body: result.body,
      orderId: order.id,
    });
  });

  it('creates nothing when a line is short, naming it by product and SKU with what is available', async () => {
    const cart = pricedCart();
    const short = cart.shops[1].lines[0];
    const { handler, executed, saved, idempotency } = setup({
      cart,
      reserve: () => {
        throw InsufficientStockError.forLines([
          { shopId: SHOP_B, variantId: short.variantId, requested: 1, available: 0 },
        ]);
      },
    });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'INVENTORY.INSUFFICIENT_STOCK',
      kind: 'conflict',
      details: {
        lines: [
          {
            shopId: SHOP_B,
            offerId: short.offerId,
            variantId: short.variantId,
            productId: short.productId,
            productName: 'Kaos 2',
            variantTitle: 'M',
            sku: 'KAOS-2',
            requested: 1,
            available: 0,
          },
        ],
      },
    });
    expect(executed.map((c) => c.constructor)).toEqual([ReserveStockCommand]);
    expect(saved).toEqual([]);
    expect(idempotency.complete).not.toHaveBeenCalled();
  });

  it('answers a replay with the stored response and does nothing else', async () => {
    const body = { id: 'order-1', paymentInstructions: {} };
    const earlier = {
      requestHash: requestFingerprint({ shippingAddressId: ADDRESS_ID, paymentMethod: 'card' }),
      status: 201,
      body,
    };
    const { handler, executed, queries, saved } = setup({ earlier });
    await expect(handler.execute(checkout())).resolves.toEqual({
      status: 201,
      body,
      replayed: true,
    });
    expect(queries.execute).not.toHaveBeenCalled();
    expect([executed, saved]).toEqual([[], []]);
  });

  it('refuses a key reused for another request body', async () => {
    const earlier = {
      requestHash: requestFingerprint({ shippingAddressId: ADDRESS_ID, paymentMethod: 'ewallet' }),
      status: 201,
      body: {},
    };
    const { handler, executed } = setup({ earlier });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'ORDERING.IDEMPOTENCY_KEY_REUSED',
      kind: 'unprocessable',
    });
    expect(executed).toEqual([]);
  });

  it('refuses an address that is not in the buyer’s book before touching the cart', async () => {
    const { handler, queries, executed } = setup();
    await expect(
      handler.execute(checkout('addaddad-0000-4000-8000-000000000099')),
    ).rejects.toMatchObject({
      code: 'ORDERING.SHIPPING_ADDRESS_NOT_FOUND',
      details: expect.objectContaining({ field: 'shippingAddressId' }),
    });
    expect(queries.execute).toHaveBeenCalledTimes(1);
    expect(executed).toEqual([]);
  });

  it('refuses an empty cart', async () => {
    const { handler, executed } = setup({
      cart: pricedCart({ shops: [], currency: null, promotion: null }),
    });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'ORDERING.EMPTY_CART',
      kind: 'unprocessable',
    });
    expect(executed).toEqual([]);
  });

  it('refuses lines that can no longer be bought, naming them', async () => {
    const cart = pricedCart();
    cart.shops[0].lines[0].purchasable = false;
    const { handler, executed } = setup({ cart });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'ORDERING.UNPURCHASABLE_LINES',
      kind: 'conflict',
      details: {
        lines: [
          {
            lineId: cart.shops[0].lines[0].lineId,
            offerId: cart.shops[0].lines[0].offerId,
            productName: 'Kaos 1',
            sku: 'KAOS-1',
          },
        ],
      },
    });
    expect(executed).toEqual([]);
  });

  it('refuses a promotion that no longer applies with the cart’s own problem code', async () => {
    const cart = pricedCart({
      promotion: {
        id: 'b0b0b0b0-0000-4000-8000-000000000001',
        code: 'HEMAT10',
        valid: false,
        problem: 'CART.PROMOTION_EXPIRED',
      },
    });
    const { handler, executed } = setup({ cart });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'CART.PROMOTION_EXPIRED',
      kind: 'unprocessable',
      details: { promotionCode: 'HEMAT10' },
    });
    expect(executed).toEqual([]);
  });

  it('places an order without a promotion without redeeming anything', async () => {
    const cart = pricedCart({ promotion: null, discount: 0, total: 29_000 });
    for (const shop of cart.shops) shop.discount = 0;
    const { handler, executed, saved } = setup({ cart });
    await handler.execute(checkout());
    expect(executed.map((c) => c.constructor)).toEqual([ReserveStockCommand, EmptyCartCommand]);
    expect(saved[0].total).toBe(29_000);
  });

  it('prices the cart with the chosen shipping methods and copies them onto the ShopOrders', async () => {
    const { handler, queries, saved } = setup();
    const choice = { shopId: SHOP_B, methodId: '5e1f0000-0000-4000-8000-00000000000b' };
    await handler.execute(
      new PlaceOrderCommand(BUYER, 'key-1', ADDRESS_ID, 'card', null, [choice]),
    );
    const priceCart = (queries.execute as jest.Mock).mock.calls
      .map(([query]) => query as object)
      .find((query): query is PriceCartQuery => query instanceof PriceCartQuery);
    expect(priceCart?.shippingChoices).toEqual([choice]);
    const shopOrderB = saved[0].shopOrders.getItems().find((s) => s.shopId === SHOP_B)!;
    expect([shopOrderB.shippingMethodId, shopOrderB.shippingMethodCarrier]).toEqual([
      choice.methodId,
      'JNE',
    ]);
  });

  it("refuses a method the shop does not offer (another shop's, inactive), naming the field", async () => {
    const { handler, executed, saved } = setup();
    const otherShops = { shopId: SHOP_B, methodId: '5e1f0000-0000-4000-8000-00000000000a' };
    await expect(
      handler.execute(
        new PlaceOrderCommand(BUYER, 'key-1', ADDRESS_ID, 'card', null, [otherShops]),
      ),
    ).rejects.toMatchObject({
      code: 'ORDERING.SHIPPING_METHOD_NOT_AVAILABLE',
      kind: 'unprocessable',
      details: { field: 'shippingMethods[0].methodId', shopId: SHOP_B },
    });
    expect([executed, saved]).toEqual([[], []]);
  });

  it('refuses a choice for a shop that has nothing in the cart', async () => {
    const { handler } = setup();
    const stranger = { shopId: '5c0c0c0c-0000-4000-8000-00000000000c', methodId: SHOP_A };
    await expect(
      handler.execute(new PlaceOrderCommand(BUYER, 'key-1', ADDRESS_ID, 'card', null, [stranger])),
    ).rejects.toMatchObject({
      code: 'ORDERING.SHIPPING_METHOD_NOT_AVAILABLE',
      details: { field: 'shippingMethods[0].shopId' },
    });
  });

  it('refuses a shop without an active shipping method, naming the shop', async () => {
    const cart = pricedCart();
    Object.assign(cart.shops[1], { shippingOptions: [], shippingMethodId: null, shipping: 0 });
    const { handler, executed } = setup({ cart });
    await expect(handler.execute(checkout())).rejects.toMatchObject({
      code: 'ORDERING.SHOP_NOT_SHIPPABLE',
      kind: 'unprocessable',
      details: { shopId: SHOP_B, shopName: 'Toko B' },
    });
    expect(executed).toEqual([]);
  });

  describe('order details', () => {
    const fields = (view: Pick<AddressView, 'recipientName' | 'line1'>) => [
      view.recipientName,
      view.line1,
    ];

    it('numbers the order, and checks out again when the number clashes at commit', async () => {
      const { handler, saved } = setup({ numberClashes: 2 });
      const result = await handler.execute(checkout());
      expect(saved).toHaveLength(3);
      const order = saved[2];
      expect(order.number).toMatch(/^PSR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(new Set(saved.map((s) => s.number)).size).toBe(3);
      expect(result.body.number).toBe(order.number);
      expect(order.shopOrders.getItems().map((s) => s.orderNumber)).toEqual([
        order.number,
        order.number,
      ]);
    });

    it('gives up after five clashing attempts', async () => {
      const { handler, saved } = setup({ numberClashes: 5 });
      await expect(handler.execute(checkout())).rejects.toBe(NUMBER_CLASH);
      expect(saved).toHaveLength(5);
    });

    it('bills to the shipping address when the buyer has no billing address', async () => {
      const { handler, saved } = setup();
      const result = await handler.execute(checkout());
      expect(fields(saved[0].billingAddress)).toEqual(fields(address));
      expect(fields(result.body.billingAddress)).toEqual(fields(address));
    });

    it("bills to the buyer's default billing address, or to the one named", async () => {
      const defaultBilling = { ...billingAddress, id: 'x', recipientName: 'CV Default' };
      const byDefault = setup({ defaultBilling });
      await byDefault.handler.execute(checkout());
      expect(byDefault.saved[0].billingAddress.recipientName).toBe('CV Default');

      const named = setup({ defaultBilling });
      await named.handler.execute(
        new PlaceOrderCommand(BUYER, 'key-1', ADDRESS_ID, 'card', BILLING_ID),
      );
      expect(fields(named.saved[0].billingAddress)).toEqual(fields(billingAddress));
      expect(fields(named.saved[0].shippingAddress)).toEqual(fields(address));
    });

    it('refuses an address of the other type, naming the field', async () => {
      const cases: [PlaceOrderCommand, string][] = [
        [new PlaceOrderCommand(BUYER, 'key-1', BILLING_ID, 'card'), 'shippingAddressId'],
        [new PlaceOrderCommand(BUYER, 'key-1', ADDRESS_ID, 'card', ADDRESS_ID), 'billingAddressId'],
      ];
      for (const [command, field] of cases) {
        const { handler, executed, saved } = setup();
        await expect(handler.execute(command)).rejects.toMatchObject({
          code: 'ORDERING.WRONG_ADDRESS_TYPE',
          kind: 'unprocessable',
          details: expect.objectContaining({ field }),
        });
        expect([executed, saved]).toEqual([[], []]);
      }
    });

    it('refuses a billing address that is not in the buyer’s book', async () => {
      const { handler } = setup();
      await expect(
        handler.execute(
          new PlaceOrderCommand(
            BUYER,
            'key-1',
            ADDRESS_ID,
            'card',
            'addaddad-0000-4000-8000-000000000099',
          ),
        ),
      ).rejects.toMatchObject({
        code: 'ORDERING.BILLING_ADDRESS_NOT_FOUND',
        details: expect.objectContaining({ field: 'billingAddressId' }),
      });
    });

    it('tells a request with a billing address from one without by its fingerprint', () => {
      const base = { shippingAddressId: ADDRESS_ID, paymentMethod: 'card' };
      expect(requestFingerprint({ ...base, billingAddressId: null })).toBe(
        requestFingerprint(base),
      );
      expect(requestFingerprint({ ...base, billingAddressId: BILLING_ID })).not.toBe(
        requestFingerprint(base),
      );
    });
  });
});
