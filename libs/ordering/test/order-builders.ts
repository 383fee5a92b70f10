// Builders shared by the ordering specs: a placement as checkout would make it.
import { MikroORM } from '@mikro-orm/core';
import { discoverEntities } from '@pasar/shared/testing';
import { ORDERING_ENTITIES } from '../src/ordering.entities';
import { Order } from '../src/domain/order/order.aggregate';
import { Placement, PlacementShop } from '../src/domain/order/placement';
import { newOrderNumber } from '../src/domain/order/order-number';
import { OrderLine } from '../src/domain/shop-order/shop-order-item.entity';

export const t0 = new Date('2026-03-01T08:00:00.000Z');
export const minutesAfter = (minutes: number, from = t0) =>
  new Date(from.getTime() + minutes * 60_000);

export const BUYER = '0b9c2a40-0000-4000-8000-000000000001';
export const SHOP_A = '5a0a0a0a-0000-4000-8000-00000000000a';
export const SHOP_B = '5b0b0b0b-0000-4000-8000-00000000000b';

let counter = 0;
const uuid = (prefix: string) => `${prefix}-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export function line(unitPrice: number, quantity: number, sku = `SKU-${counter + 1}`): OrderLine {
  return {
    offerId: uuid('0ffe0000'),
    productId: uuid('9d0d0000'),
    variantId: uuid('7a0a0000'),
    productName: `Product ${sku}`,
    variantTitle: 'M',
    sku,
    quantity,
    unitPrice,
  };
}

export function shop(
  shopId: string,
  lines: OrderLine[],
  discount = 0,
  shippingCost = 0,
): PlacementShop {
  const shipping = {
    methodId: uuid('5e1f0000'),
    name: 'Regular',
    carrier: 'JNE',
    estimatedDaysMin: 2,
    estimatedDaysMax: 4,
    cost: shippingCost,
  };
  return { shopId, shopName: `Shop ${shopId.slice(0, 2)}`, discount, shipping, lines };
}

export function placement(overrides: Partial<Placement> = {}): Placement {
  return {
    buyerId: BUYER,
    number: newOrderNumber(),
    currency: 'IDR',
    shops: [shop(SHOP_A, [line(10_000, 2)]), shop(SHOP_B, [line(5_000, 1)])],
    promotion: null,
    shippingAddress: {
      recipientName: 'Ana Putri',
      line1: 'Jl. Merdeka 10',
      line2: null,
      city: 'Bandung',
      region: 'Jawa Barat',
      postalCode: '40111',
      countryCode: 'ID',
      phone: '+628123456789',
    },
    billingAddress: {
      recipientName: 'PT Putri Niaga',
      line1: 'Jl. Asia Afrika 8',
      line2: 'Lantai 3',
      city: 'Bandung',
      region: 'Jawa Barat',
      postalCode: '40112',
      countryCode: 'ID',
      phone: null,
    },
    paymentMethod: 'card',
    expiresAt: minutesAfter(15),
    now: t0,
    ...overrides,
  };
}

/** A placed order with its events and timeline already taken, as after checkout's flush. */
export function placedOrder(overrides: Partial<Placement> = {}): Order {
  const order = Order.place(placement(overrides));
  order.pullEvents();
  order.pullTimeline();
  for (const shopOrder of order.shopOrders) shopOrder.pullEvents();
  return order;
}

/** Entity metadata for the ordering aggregates' collections (no database). */
export function orderingMetadata(): Promise<MikroORM> {
  return discoverEntities([...ORDERING_ENTITIES]);
}
