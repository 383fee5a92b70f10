import type { Options } from 'autocannon';

/** What a scenario's prepare() gets: where Pasar listens and a way to sign in. */
export interface BenchContext {
  baseUrl: string;
  /** POST /auth/login once; throws unless it answers 200 with tokens. */
  login(credentials?: Credentials): Promise<TokenPair>;
}

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
  /** Runs once before the warm-up: create data, sign in, and say what to request. */
  prepare(ctx: BenchContext): Promise<ScenarioRequest>;
}

/** A seeded demo account (apps/cli/src/demo-seeder.ts). */
export const BUYER: Credentials = { email: 'buyer@pasar.local', password: 'pasar-demo-1' };

const JSON_HEADERS = { 'content-type': 'application/json' };

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
];
