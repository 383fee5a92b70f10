/**
 * The benchmark's floor: the least a Node server can do to answer `GET /products` — plain
 * Fastify, one pg pool, the same SQL over the `search` read model as Pasar's handler
 * (libs/search/src/application/queries/list-products/product-listing.ts, unfiltered, default
 * sort) and the same JSON. No Nest, no ORM, no validation pipes, no auth, no logging. The
 * harness checks that its first page equals Pasar's before measuring either.
 *
 * Env: DATABASE_URL, DATABASE_POOL_MAX (default 10, as Pasar's), PORT, HOST (default 127.0.0.1).
 */
import Fastify from 'fastify';
import { Pool } from 'pg';

const FILTERED = `from (
         select id, slug, name, image_url, category_id, category_ids, created_at,
                min_price, currency, offer_count, available
           from search.products where listed) b`;
const LISTING_SQL = `
  with shop as (select null::uuid as id where false)
  select exists (select 1 from shop) as shop_found,
         (select count(*)::int ${FILTERED}) as total, page.*
    from (select 1) one
    left join lateral (select id, slug, name, image_url, category_id, min_price, currency,
                              offer_count, available ${FILTERED}
                        order by created_at desc, id desc limit $1 offset $2) page on true`;

interface Row {
  total: number;
  id: string | null;
  slug: string;
  name: string;
  image_url: string | null;
  category_id: string;
  min_price: string | null;
  currency: string | null;
  offer_count: number;
  available: boolean;
}

const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_MAX ?? 10),
});
const app = Fastify({ logger: false });

app.get('/health', async () => ({ status: 'ok' }));

app.get<{ Querystring: { limit?: string; offset?: string } }>('/products', async (request) => {
  const limit = Math.min(100, Math.max(1, Number(request.query.limit ?? 20) || 20));
  const offset = Math.max(0, Number(request.query.offset ?? 0) || 0);
  const { rows } = await pool.query<Row>(LISTING_SQL, [limit, offset]);
  return {
    items: rows
      .filter((row) => row.id !== null)
      .map((row) => ({
        id: row.id,
        slug: row.slug,
        name: row.name,
        imageUrl: row.image_url,
        category: { id: row.category_id },
        lowestPrice:
          row.min_price === null ? null : { amount: Number(row.min_price), currency: row.currency },
        offerCount: row.offer_count,
        available: row.available,
      })),
    total: rows[0].total,
    limit,
    offset,
  };
});

const stop = () => void app.close().then(() => pool.end());
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

app
  .listen({ port: Number(process.env.PORT ?? 3001), host: process.env.HOST ?? '127.0.0.1' })
  .catch((error: unknown) => {
    process.stderr.write(`floor server: ${(error as Error).message}\n`);
    process.exit(1);
  });
