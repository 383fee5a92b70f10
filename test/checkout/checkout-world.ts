// Shared setup for the cross-context checkout specs: a shop with stock, buyers with addresses.
import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { createVariants, openShop, openWarehouse, receive } from '../inventory/inventory-fixtures';
import { addShippingMethod } from '../shops/shops-fixtures';
import { signUp, TestApi, TestUser } from '../support/test-api';

export interface Merchant {
  seller: TestUser;
  shopId: string;
  variantId: string;
  offerId: string;
  warehouseIds: string[];
}

/**
 * A seller's shop offering one variant, with `stock` units split over two warehouses, shipping
 * with a free pickup.
 */
export async function openMerchant(
  api: TestApi,
  admin: TestUser,
  stock: [number, number],
  price = 100_000,
): Promise<Merchant> {
  const seller = await signUp(api, 'seller');
  const shopId = await openShop(api, seller);
  const [variantId] = await createVariants(api, admin, seller, 1);
  await activateProductOf(api, seller, variantId);
  const offer = await api
    .http()
    .post(`/shops/${shopId}/offers`)
    .set(seller.auth)
    .send({ variantId, price: { amount: price, currency: 'IDR' } })
    .expect(201);
  await addShippingMethod(api, seller, shopId);
  const warehouseIds: string[] = [];
  for (const [index, quantity] of stock.entries()) {
    const warehouse = await openWarehouse(api, seller, shopId, {
      name: `Gudang ${index + 1}`,
      priority: index + 1,
    });
    warehouseIds.push(warehouse.id);
    if (quantity > 0) await receive(api, seller, shopId, warehouse.id, variantId, quantity);
  }
  return { seller, shopId, variantId, offerId: offer.body.id, warehouseIds };
}

async function activateProductOf(api: TestApi, seller: TestUser, variantId: string) {
  const [{ product_id }] = await sql(api).execute<{ product_id: string }[]>(
    'select product_id from catalog.variants where id = ?',
    [variantId],
  );
  await api
    .http()
    .post(`/catalog/products/${product_id}/status`)
    .set(seller.auth)
    .send({ status: 'active' })
    .expect(200);
}

export interface Buyer extends TestUser {
  addressId: string;
}

export async function buyerWithAddress(api: TestApi): Promise<Buyer> {
  const buyer = await signUp(api, 'buyer');
  const address = await api
    .http()
    .post('/me/addresses')
    .set(buyer.auth)
    .send({
      recipientName: 'Ana Putri',
      line1: 'Jl. Merdeka 10',
      city: 'Bandung',
      postalCode: '40111',
      countryCode: 'ID',
      phone: '+628123456789',
    })
    .expect(201);
  return { ...buyer, addressId: address.body.id };
}

/** POST /orders for the buyer's cart; `key: null` sends no Idempotency-Key. */
export function checkout(
  api: TestApi,
  buyer: Buyer,
  key: string | null = randomUUID(),
  body: Record<string, unknown> = {},
) {
  const request = api.http().post('/orders').set(buyer.auth);
  if (key !== null) request.set('idempotency-key', key);
  return request.send({ shippingAddressId: buyer.addressId, paymentMethod: 'card', ...body });
}

/** A connection for assertions in plain SQL. */
export function sql(api: TestApi): EntityManager {
  return api.app.get(MikroORM).em.fork() as EntityManager;
}

/** Per warehouse: on hand and reserved as stored, as the ledger sums them, and as reservations hold them. */
export async function stockBooks(api: TestApi, variantId: string) {
  return sql(api).execute<
    {
      warehouse_id: string;
      on_hand: number;
      reserved: number;
      ledger_on_hand: number;
      ledger_reserved: number;
      held: number;
    }[]
  >(
    `select sl.warehouse_id, sl.on_hand, sl.reserved,
            (select coalesce(sum(m.on_hand_delta), 0)::int from inventory.stock_movements m
              where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_on_hand,
            (select coalesce(sum(m.reserved_delta), 0)::int from inventory.stock_movements m
              where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_reserved,
            (select coalesce(sum(a.quantity), 0)::int from inventory.reservation_allocations a
               join inventory.stock_reservations r on r.id = a.reservation_id and r.status = 'active'
              where a.warehouse_id = sl.warehouse_id and a.variant_id = sl.variant_id) as held
       from inventory.stock_levels sl where sl.variant_id = ? order by sl.warehouse_id`,
    [variantId],
  );
}
