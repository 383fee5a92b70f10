// Helpers shared by the ordering end-to-end specs: a market of two shops, checkouts, payments.
import { addLine, openMarket, sellable, Sellable } from '../cart/cart-fixtures';
import { Buyer, buyerWithAddress, checkout, sql } from '../checkout/checkout-world';
import { eventually } from '../support/worker';
import { TestApi, TestUser } from '../support/test-api';

export { buyerWithAddress, checkout, sql } from '../checkout/checkout-world';
export type { Buyer } from '../checkout/checkout-world';

export interface ShopOrderBody {
  id: string;
  orderId: string;
  shopId: string;
  shopName: string;
  status: string;
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  items: {
    offerId: string;
    variantId: string;
    productName: string;
    sku: string;
    quantity: number;
    unitPrice: number;
    lineTotal: number;
  }[];
  carrier: string | null;
  trackingNumber: string | null;
  paidAt: string | null;
  shippedAt: string | null;
  deliveredAt: string | null;
  completedAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  cancelNote: string | null;
}

export interface OrderBody {
  id: string;
  number: string;
  buyerId: string;
  status: string;
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  promotion: { id: string; code: string } | null;
  shippingAddress: Record<string, string | null>;
  billingAddress: Record<string, string | null>;
  paymentMethod: string;
  expiresAt: string;
  placedAt: string;
  paidAt: string | null;
  cancelledAt: string | null;
  cancelReason: string | null;
  shopOrders: ShopOrderBody[];
}

/** Toko A sells at 30 000 and 10 000 IDR, Toko B at 20 000 IDR; `stock` units of each. */
export async function twoShopMarket(api: TestApi, stock = 20) {
  const market = await openMarket(api);
  const { sellerA, sellerB, shopA, shopB, categoryId } = market;
  const [a30, a10, b20] = await Promise.all([
    sellable(api, sellerA, shopA.id, categoryId, { price: 30_000, stock, name: 'Kemeja' }),
    sellable(api, sellerA, shopA.id, categoryId, { price: 10_000, stock, name: 'Kaos' }),
    sellable(api, sellerB, shopB.id, categoryId, { price: 20_000, stock, name: 'Batik' }),
  ]);
  return { ...market, a30, a10, b20 };
}

export type Market = Awaited<ReturnType<typeof twoShopMarket>>;

export async function fillCart(api: TestApi, buyer: TestUser, lines: [Sellable, number][]) {
  for (const [offer, quantity] of lines) {
    await addLine(api, buyer, offer.offerId, quantity).expect(201);
  }
}

/** A buyer with an address who checked out `lines`; answers the placed order. */
export async function placedOrder(
  api: TestApi,
  lines: [Sellable, number][],
  buyer?: Buyer,
): Promise<{ buyer: Buyer; order: OrderBody }> {
  const who = buyer ?? (await buyerWithAddress(api));
  await fillCart(api, who, lines);
  const res = await checkout(api, who).expect(201);
  return { buyer: who, order: res.body as OrderBody };
}

/** Pays the order through the simulated provider and waits until the worker marked it paid. */
export async function pay(api: TestApi, buyer: TestUser, orderId: string): Promise<OrderBody> {
  const intent = await api
    .http()
    .post(`/orders/${orderId}/payment-intent`)
    .set(buyer.auth)
    .expect(201);
  await api
    .http()
    .post(`/payments/simulated/intents/${intent.body.providerIntentId}/succeed`)
    .set(buyer.auth)
    .expect(200);
  return eventually(async () => {
    const res = await api.http().get(`/orders/${orderId}`).set(buyer.auth).expect(200);
    expect(res.body.status).toBe('paid');
    return res.body as OrderBody;
  });
}

/** Total on hand and reserved of a variant over all its warehouses. */
export async function stockOf(api: TestApi, variantId: string) {
  const [row] = await sql(api).execute<{ on_hand: number; reserved: number }[]>(
    `select coalesce(sum(on_hand), 0)::int as on_hand, coalesce(sum(reserved), 0)::int as reserved
       from inventory.stock_levels where variant_id = ?`,
    [variantId],
  );
  return row;
}

/** How many times a promotion was used, as the cart context counts it. */
export async function promotionUses(api: TestApi, code: string): Promise<number> {
  const [row] = await sql(api).execute<{ used: number }[]>(
    'select used from cart.promotions where code = ?',
    [code.toUpperCase()],
  );
  return row.used;
}

export const shopOrderOf = (order: OrderBody, shopId: string) =>
  order.shopOrders.find((s) => s.shopId === shopId)!;
