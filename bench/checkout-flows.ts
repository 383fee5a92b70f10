/**
 * Multi-step benchmarks that autocannon cannot express: each buyer fills a cart and checks out.
 *
 * - `checkout`: 1,000 buyers with a filled cart check out, every order on a different SKU;
 *   reports orders created per second (issue 4: target ≥ 150 orders/s).
 * - `hot-sku`: 500 buyers race for 100 units of one variant, all checkouts at once; reports
 *   how many orders were created (must be exactly 100) and how fast the race was decided.
 */
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DEMO_PASSWORD } from '../apps/cli/src/demo-seeder';
import { SELLER_EMAILS } from '../apps/cli/src/seed/seed-plan';

export interface FlowOutcome {
  name: string;
  description: string;
  /** Figures to print and keep in the results file. */
  figures: Record<string, number | string>;
  /** Something the flow's own rules say went wrong (e.g. an oversell). */
  problem?: string;
}

interface Buyer {
  auth: { authorization: string };
  addressId: string;
}

const JSON_HEADERS = { 'content-type': 'application/json' };

export class Http {
  constructor(private readonly baseUrl: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; expect?: number[] } = {},
  ): Promise<{ status: number; body: T }> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { ...(options.body === undefined ? {} : JSON_HEADERS), ...options.headers },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    const body = (text ? JSON.parse(text) : undefined) as T;
    if (options.expect && !options.expect.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
    return { status: response.status, body };
  }
}

/** Runs `work` over `items` with at most `limit` in flight. */
/** CPU µs spent per unit between two readings of the server's CPU time; '-' without them. */
export function perUnit(
  before: number | null,
  after: number | null,
  units: number,
): number | string {
  return before === null || after === null || units === 0
    ? '-'
    : Math.round((after - before) / units);
}

export async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

export async function login(http: Http, email: string, password: string) {
  const { body } = await http.call<{ accessToken: string }>('POST', '/auth/login', {
    body: { email, password },
    expect: [200],
  });
  return { authorization: `Bearer ${body.accessToken}` };
}

/** Registers `count` buyers, each with a shipping address. */
async function registerBuyers(http: Http, count: number, label: string): Promise<Buyer[]> {
  const run = randomUUID().slice(0, 8);
  return inParallel([...Array(count).keys()], 8, async (index) => {
    const email = `${label}-${run}-${index}@bench.pasar.local`;
    const password = 'bench-buyer-password';
    await http.call('POST', '/auth/register', {
      body: { email, password, name: `Bench Buyer ${index}`, role: 'buyer' },
      expect: [201],
    });
    const auth = await login(http, email, password);
    const address = await http.call<{ id: string }>('POST', '/me/addresses', {
      headers: auth,
      body: {
        recipientName: `Bench Buyer ${index}`,
        line1: 'Jl. Benchmark 1',
        city: 'Jakarta',
        postalCode: '10110',
        countryCode: 'ID',
        phone: '+628123456789',
      },
      expect: [201],
    });
    return { auth, addressId: address.body.id };
  });
}

async function checkout(http: Http, buyer: Buyer): Promise<number> {
  const { status } = await http.call('POST', '/orders', {
    headers: { ...buyer.auth, 'idempotency-key': randomUUID() },
    body: { shippingAddressId: buyer.addressId, paymentMethod: 'card' },
  });
  return status;
}

/** Active offers with plenty of sellable stock, one per variant, in random order. */
async function distinctOffers(databaseUrl: string, needed: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `select distinct on (sp.variant_id) sp.id
         from shops.shop_products sp
         join shops.shops s on s.id = sp.shop_id and s.active
         join inventory.warehouses w on w.shop_id = sp.shop_id and w.active
         join inventory.stock_levels sl on sl.warehouse_id = w.id and sl.variant_id = sp.variant_id
        where sp.active and sl.on_hand - sl.reserved >= 5
        order by sp.variant_id, random()`,
    );
    if (rows.length < needed) {
      throw new Error(`only ${rows.length} variants have stock; the checkout flow needs ${needed}`);
    }
    return rows.map((row) => row.id).sort(() => Math.random() - 0.5);
  } finally {
    await client.end();
  }
}

/**
 * Checkout alone: `orders` buyers each hold a one-line cart (every line a different SKU), filled
 * beforehand; then 50 connections send their POST /orders as fast as they are answered.
 */
export async function checkoutThroughput(
  baseUrl: string,
  databaseUrl: string,
  orders = 1000,
  serverCpuMicros: () => number | null = () => null,
): Promise<FlowOutcome> {
  const http = new Http(baseUrl);
  const concurrency = 50;
  const buyers = await registerBuyers(http, orders, 'checkout');
  const offers = await distinctOffers(databaseUrl, orders);
  const filling = performance.now();
  await inParallel(buyers, concurrency, (buyer) => {
    const offerId = offers.pop()!;
    return http.call('POST', '/cart/lines', {
      headers: buyer.auth,
      body: { offerId, quantity: 1 },
      expect: [201],
    });
  });
  const fillSeconds = (performance.now() - filling) / 1000;

  const statuses: Record<string, number> = {};
  const latencies: number[] = [];
  const startedAt = performance.now();
  const cpuBefore = serverCpuMicros();
  await inParallel(buyers, concurrency, async (buyer) => {
    const began = performance.now();
    const status = await checkout(http, buyer);
    latencies.push(performance.now() - began);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const elapsed = (performance.now() - startedAt) / 1000;
  const cpuAfter = serverCpuMicros();
  const created = statuses['201'] ?? 0;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
  return {
    name: 'checkout',
    description: `${orders} buyers with a one-line cart each (all different SKUs), POST /orders over ${concurrency} connections`,
    figures: {
      'orders/s': round(created / elapsed),
      orders: created,
      'p50 ms': round(pct(0.5)),
      'p99 ms': round(pct(0.99)),
      'API CPU µs per order': perUnit(cpuBefore, cpuAfter, created),
      statuses: JSON.stringify(statuses),
      'cart lines added/s (setup)': round(orders / fillSeconds),
    },
    problem:
      created !== orders ? `${orders - created} checkouts did not create an order` : undefined,
  };
}

export async function hotSkuRace(baseUrl: string, databaseUrl: string): Promise<FlowOutcome> {
  const units = 100;
  const buyersCount = 500;
  const http = new Http(baseUrl);
  const offerId = await hotOffer(http, databaseUrl, units);
  const buyers = await registerBuyers(http, buyersCount, 'hot');
  await inParallel(buyers, 16, (buyer) =>
    http.call('POST', '/cart/lines', {
      headers: buyer.auth,
      body: { offerId, quantity: 1 },
      expect: [201, 200],
    }),
  );
  const startedAt = performance.now();
  const statuses = await Promise.all(buyers.map((buyer) => checkout(http, buyer)));
  const elapsed = (performance.now() - startedAt) / 1000;
  const count = (status: number) => statuses.filter((s) => s === status).length;
  const created = count(201);
  const refused = count(409);
  const others = buyersCount - created - refused;
  return {
    name: 'hot-sku',
    description: `${buyersCount} buyers check out at once against ${units} units of one variant`,
    figures: {
      orders: created,
      'refused (409)': refused,
      other: others,
      'seconds to decide': round(elapsed),
      'checkouts/s': round(buyersCount / elapsed),
    },
    problem:
      created !== units || others !== 0
        ? `expected exactly ${units} orders and ${buyersCount - units} refusals`
        : undefined,
  };
}

/** A new product of the first demo seller with exactly `units` in stock, offered by its shop. */
async function hotOffer(http: Http, databaseUrl: string, units: number): Promise<string> {
  const seller = await login(http, SELLER_EMAILS[0], DEMO_PASSWORD);
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  let shopId: string;
  let categoryId: string;
  try {
    ({
      rows: [{ id: shopId }],
    } = await client.query<{ id: string }>(
      `select s.id from shops.shops s join identity.users u on u.id = s.owner_id
        where u.email = $1 order by s.created_at limit 1`,
      [SELLER_EMAILS[0]],
    ));
    ({
      rows: [{ id: categoryId }],
    } = await client.query<{ id: string }>('select id from catalog.categories limit 1'));
  } finally {
    await client.end();
  }
  const tag = randomUUID().slice(0, 8);
  const product = await http.call<{ id: string; variants: { id: string }[] }>(
    'POST',
    '/catalog/products',
    {
      headers: seller,
      body: {
        name: `Hot item ${tag}`,
        slug: `hot-item-${tag}`,
        categoryId,
        variants: [{ sku: `HOT-${tag}`, options: { size: 'One size' } }],
      },
      expect: [201],
    },
  );
  await http.call('POST', `/catalog/products/${product.body.id}/status`, {
    headers: seller,
    body: { status: 'active' },
    expect: [200],
  });
  const variantId = product.body.variants[0].id;
  const offer = await http.call<{ id: string }>('POST', `/shops/${shopId}/offers`, {
    headers: seller,
    body: { variantId, price: { amount: 150_000, currency: 'IDR' } },
    expect: [201],
  });
  const warehouse = await http.call<{ id: string }>('POST', `/shops/${shopId}/warehouses`, {
    headers: seller,
    body: {
      name: `Hot ${tag}`,
      address: { line1: 'Jl. Gudang 5', city: 'Bekasi', postalCode: '17111', countryCode: 'ID' },
    },
    expect: [201],
  });
  await http.call('POST', `/shops/${shopId}/warehouses/${warehouse.body.id}/receipts`, {
    headers: seller,
    body: { variantId, quantity: units },
    expect: [201],
  });
  return offer.body.id;
}

const round = (value: number) => Math.round(value * 10) / 10;
