import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroORM } from '@mikro-orm/core';
import {
  EmptyCartCommand,
  PriceCartQuery,
  PricedCart,
  PricedCartLine,
  RedeemPromotionCommand,
} from '@pasar/cart';
import { GetUserAddressQuery } from '@pasar/identity';
import { InsufficientStockError, ReserveStockCommand } from '@pasar/inventory';
import { loadConfig } from '@pasar/shared';
import { BUYER, orderingMetadata, SHOP_A, SHOP_B } from '../../../../test/order-builders';
import { Order } from '../../../domain/order/order.aggregate';
import { OrderRepository } from '../../../domain/order/order.repository';
import { CheckoutIdempotency, StoredCheckout } from '../../ports/checkout-idempotency';
import { OrderViews } from '../../services/order-views';
import { requestFingerprint } from './checkout-cart';
import { PlaceOrderCommand } from './place-order.command';
import { PlaceOrderHandler } from './place-order.handler';

const ADDRESS_ID = 'addaddad-0000-4000-8000-000000000001';
const address = {
  id: ADDRESS_ID,
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
        total: 18_000,
      },
      {
        shopId: SHOP_B,
        shopName: 'Toko B',
        lines: b,
        subtotal: 5_000,
        discount: 500,
        total: 4_500,
      },
    ],
    subtotal: 25_000,
    discount: 2_500,
    total: 22_500,
    promotion: {
      id: 'b0b0b0b0-0000-4000-8000-000000000001',
      code: 'HEMAT10',
      valid: true,
      problem: null,
    },
    ...overrides,
  };
}

function setup(
  options: { cart?: PricedCart; earlier?: StoredCheckout; reserve?: () => unknown } = {},
) {
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
      if (query instanceof GetUserAddressQuery) {
        return query.addressId === ADDRESS_ID && query.userId === BUYER ? address : null;
      }
      if (query instanceof PriceCartQuery) return options.cart ?? pricedCart();
      throw new Error(`unexpected query ${query.constructor.name}`);
    }),
  } as unknown as QueryBus;
  const saved: Order[] = [];
  const orders = {
    save: jest.fn(async (order: Order) => {
      saved.push(order);
    }),
  } as unknown as OrderRepository;
  const idempotency = {
    claim: jest.fn(async () => options.earlier ?? null),
    complete: jest.fn(async () => undefined),
  } as unknown as CheckoutIdempotency;
  const views = {
    orders: jest.fn(async ([id]: string[]) => [{ id, status: 'pending_payment' }]),
  } as unknown as OrderViews;
  const em = { transactional: (work: () => Promise<unknown>) => work() } as EntityManager;
  const config = loadConfig({ RESERVATION_TTL_SECONDS: '600', PUBLIC_URL: 'https://pasar.test' });
  const handler = new PlaceOrderHandler(em, commands, queries, orders, idempotency, views, config);
  return { handler, executed, queries, saved, idempotency };
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
      order.shopOrders.getItems().map((s) => [s.shopId, s.subtotal, s.discount, s.total]),
    ).toEqual([
      [SHOP_A, 20_000, 2_000, 18_000],
      [SHOP_B, 5_000, 500, 4_500],
    ]);
    expect([order.total, order.reservationId, order.shippingAddress.city]).toEqual([
      22_500,
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
      amount: 22_500,
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
    const cart = pricedCart({ promotion: null, discount: 0, total: 25_000 });
    for (const shop of cart.shops) shop.discount = 0;
    const { handler, executed, saved } = setup({ cart });
    await handler.execute(checkout());
    expect(executed.map((c) => c.constructor)).toEqual([ReserveStockCommand, EmptyCartCommand]);
    expect(saved[0].total).toBe(25_000);
  });
});
