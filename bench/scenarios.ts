import type { Options } from 'autocannon';

/** What a scenario's prepare() gets: where Pasar listens and a way to sign in. */
export interface BenchContext {
  baseUrl: string;
  /** Where the plain Fastify + pg floor (bench/floor-server.ts) listens. */
  floorUrl: string;
  /** Whether this build serves the search read model (GET /products); if not, why not. */
  catalog: { ready: true } | { ready: false; reason: string };
  /** POST /auth/login once; throws unless it answers 200 with tokens. */
  login(credentials?: Credentials): Promise<TokenPair>;
}

/** Thrown by prepare() when a scenario cannot run on this build; the runner reports it skipped. */
export class SkipScenario extends Error {}

export interface Credentials {
  email: string;
  password: string;
}

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

/**
 * The requests autocannon fires for a scenario: `path` (joined to the base URL) plus any
 * autocannon option except the ones the runner owns (url, connections, duration).
 */
export type ScenarioRequest = Omit<Options, 'url' | 'connections' | 'duration'> & { path: string };

export interface Scenario {
  /** Short and unique: used in BENCH_SCENARIOS, the table and the JSON. */
  name: string;
  description: string;
  connections: number;
  /** Which server the requests go to: Pasar (default) or the floor. */
  target?: 'pasar' | 'floor';
  /** Runs once before the warm-up: create data, sign in, and say what to request. */
  prepare(ctx: BenchContext): Promise<ScenarioRequest>;
}

/** A seeded demo account (apps/cli/src/demo-seeder.ts). */
export const BUYER: Credentials = { email: 'buyer@pasar.local', password: 'pasar-demo-1' };

const JSON_HEADERS = { 'content-type': 'application/json' };

/** The first listing page both Pasar and the floor serve: 20 products with price and stock. */
export const LISTING_PATH = '/products?limit=20';
/** A word of every bench product's name ("Bench product 0001"): ranks and facets 1,000 rows. */
export const SEARCH_PATH = '/search?q=product&limit=20';
/** How many product pages the `product` scenario rotates through. */
const DETAIL_SLUGS = 10;

function requireCatalog(ctx: BenchContext): void {
  if (!ctx.catalog.ready) throw new SkipScenario(ctx.catalog.reason);
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (response.status !== 200) {
    throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as T;
}

export const SCENARIOS: Scenario[] = [
  {
    name: 'login',
    description: 'POST /auth/login as the demo buyer (argon2 verify, session insert, JWT signing)',
    connections: 10,
    async prepare(ctx) {
      await ctx.login(BUYER); // fail fast if the credentials do not work
      return {
        path: '/auth/login',
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(BUYER),
      };
    },
  },
  {
    name: 'me',
    description: 'GET /me with a bearer token (JWT verify, Redis deny-list lookup, user query)',
    connections: 50,
    async prepare(ctx) {
      const { accessToken } = await ctx.login(BUYER);
      return { path: '/me', headers: { authorization: `Bearer ${accessToken}` } };
    },
  },
  {
    name: 'products',
    description: `GET ${LISTING_PATH}: a listing page with prices and availability (read model)`,
    connections: 50,
    async prepare(ctx) {
      requireCatalog(ctx);
      return { path: LISTING_PATH };
    },
  },
  {
    name: 'product',
    description: `GET /products/:slug, ${DETAIL_SLUGS} slugs in rotation (read model)`,
    connections: 50,
    async prepare(ctx) {
      requireCatalog(ctx);
      const page = await getJson<{ items: { slug: string }[] }>(
        `${ctx.baseUrl}/products?limit=${DETAIL_SLUGS}&offset=100`,
      );
      const paths = page.items.map((item) => `/products/${encodeURIComponent(item.slug)}`);
      await getJson(`${ctx.baseUrl}${paths[0]}`); // fail fast if the detail route is missing
      return { path: paths[0], requests: paths.map((path) => ({ method: 'GET', path })) };
    },
  },
  {
    name: 'search',
    description: `GET ${SEARCH_PATH}: a one-word full-text search with facets (read model)`,
    connections: 50,
    async prepare(ctx) {
      requireCatalog(ctx);
      const result = await getJson<{ total: number }>(`${ctx.baseUrl}${SEARCH_PATH}`);
      if (result.total === 0) throw new Error(`GET ${SEARCH_PATH} found nothing`);
      return { path: SEARCH_PATH };
    },
  },
  {
    name: 'products-floor',
    description: `GET ${LISTING_PATH} on plain Fastify + pg: same SQL and JSON (the floor)`,
    connections: 50,
    target: 'floor',
    async prepare(ctx) {
      requireCatalog(ctx);
      const [pasar, floor] = await Promise.all([
        getJson(`${ctx.baseUrl}${LISTING_PATH}`),
        getJson(`${ctx.floorUrl}${LISTING_PATH}`),
      ]);
      if (JSON.stringify(pasar) !== JSON.stringify(floor)) {
        throw new Error(
          `The floor's listing differs from Pasar's (bench/floor-server.ts must follow ` +
            `the search query):\npasar: ${JSON.stringify(pasar).slice(0, 400)}\n` +
            `floor: ${JSON.stringify(floor).slice(0, 400)}`,
        );
      }
      return { path: LISTING_PATH };
    },
  },
];
