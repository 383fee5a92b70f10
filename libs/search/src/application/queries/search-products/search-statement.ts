import { SearchCriteria, SearchSort } from './search-products.query';

/** Price facet bucket edges, minor units (IDR: Rp 50k, 100k, 250k, 500k, 1m). */
export const PRICE_EDGES = [0, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000];
/** Rating facet buckets: "at least n stars" for these n, as the minRating filter reads. */
export const RATING_THRESHOLDS = [4, 3, 2, 1];

const ORDER: Record<SearchSort, string> = {
  relevance: 'rank desc, created_at desc, id desc',
  price_asc: 'min_price asc, id asc',
  price_desc: 'min_price desc, id desc',
  newest: 'created_at desc, id desc',
  rating: 'rating_average desc, rating_count desc, id desc',
};

const COLUMNS = `p.id, p.slug, p.name, p.image_url, p.category_id, p.category_ids, p.shop_ids,
  p.min_price, p.currency, p.offer_count, p.available, p.rating_average, p.rating_count,
  p.created_at`;

/**
 * The one statement answering a search: the page, the total, whether it fell back to typo
 * matching, and the facets, all over the same matched set.
 *
 * With a text: the full-text match (GIN index on the weighted document) ranked by ts_rank; if it
 * matches nothing, trigram word similarity of the name (GIN trigram index), ranked by that
 * similarity. The filters run in both; the matched set is materialized once and read by the
 * page and every facet.
 */
export function searchStatement(c: SearchCriteria): { sql: string; params: unknown[] } {
  const where = ['p.listed'];
  const whereParams: unknown[] = [];
  if (c.categoryId) {
    where.push('p.category_ids @> array[?]::uuid[]');
    whereParams.push(c.categoryId);
  }
  if (c.shopId) {
    where.push('p.shop_ids @> array[?]::uuid[]');
    whereParams.push(c.shopId);
  }
  if (c.minPrice !== undefined) {
    where.push('p.min_price >= ?');
    whereParams.push(c.minPrice);
  }
  if (c.maxPrice !== undefined) {
    where.push('p.min_price <= ?');
    whereParams.push(c.maxPrice);
  }
  if (c.inStock) where.push('p.available');
  if (c.minRating !== undefined) {
    where.push('p.rating_average >= ?');
    whereParams.push(c.minRating);
  }
  const filters = where.join(' and ');

  let matched: string;
  let matchedParams: unknown[];
  let fuzzy: string;
  let sort = c.sort;
  if (c.q) {
    matched = `
      fts as materialized (
        select ${COLUMNS}, ts_rank(p.document, t.query) as rank
          from search.products p, terms t where p.document @@ t.query and ${filters}),
      fuzzy as materialized (
        select ${COLUMNS}, word_similarity(t.raw, p.name) as rank
          from search.products p, terms t
         where not exists (select 1 from fts) and t.raw <% p.name and ${filters}),
      matched as materialized (select * from fts union all select * from fuzzy)`;
    matchedParams = [...whereParams, ...whereParams];
    fuzzy = 'exists (select 1 from fuzzy)';
  } else {
    matched = `
      matched as materialized (
        select ${COLUMNS}, 0::real as rank from search.products p where ${filters})`;
    matchedParams = whereParams;
    fuzzy = 'false';
    if (sort === 'relevance') sort = 'newest';
  }

  const priceBuckets = PRICE_EDGES.map(
    (min, i) => `(${min}::bigint, ${PRICE_EDGES[i + 1] ?? 'null'}::bigint)`,
  ).join(', ');
  const ratingBuckets = RATING_THRESHOLDS.map((n) => `(${n})`).join(', ');

  const sql = `
    with terms as (select websearch_to_tsquery('english', ?::text) as query, ?::text as raw),
    ${matched}
    select (select count(*)::int from matched) as total,
           ${fuzzy} as fuzzy,
           (select coalesce(json_agg(x), '[]') from (
              select id, slug, name, image_url, category_id, min_price, currency, offer_count,
                     available, rating_average, rating_count
                from matched order by ${ORDER[sort]} limit ? offset ?) x) as items,
           (select coalesce(json_agg(x order by x.count desc, x.name), '[]') from (
              select c.id, c.slug, c.name, count(*)::int as count
                from matched m cross join unnest(m.category_ids) as k(id)
                join search.categories c on c.id = k.id
               group by c.id) x) as categories,
           (select coalesce(json_agg(x order by x.count desc, x.name), '[]') from (
              select s.id, s.slug, s.name, count(*)::int as count
                from matched m cross join unnest(m.shop_ids) as k(id)
                join search.shops s on s.id = k.id
               group by s.id) x) as shops,
           (select json_agg(json_build_object('min', b.lo, 'max', b.hi, 'count',
                     (select count(*)::int from matched m
                       where m.min_price >= b.lo and (b.hi is null or m.min_price < b.hi)))
                     order by b.lo)
              from (values ${priceBuckets}) as b(lo, hi)) as prices,
           (select json_agg(json_build_object('minRating', b.n, 'count',
                     (select count(*)::int from matched m where m.rating_average >= b.n))
                     order by b.n desc)
              from (values ${ratingBuckets}) as b(n)) as ratings`;
  return {
    sql,
    params: [c.q ?? '', c.q ?? '', ...matchedParams, c.limit, c.offset],
  };
}
