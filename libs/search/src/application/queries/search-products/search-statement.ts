import { CURRENT_VERSION } from '../../read-model-version';
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

/** What the sorts and facets read of a matched product; the page's other columns come later. */
const MATCHED_COLUMNS = `p.id, p.created_at, p.min_price, p.rating_average, p.rating_count,
  p.category_ids, p.shop_ids`;

/**
 * The one statement answering a search (PostgreSQL placeholders `$n`, so it can be prepared):
 * the page, the total, whether it fell back to typo matching, and the facets, all over the
 * same matched set, with the read model version that snapshot holds (the cache key).
 *
 * With a text: the full-text match (GIN index on the weighted document) ranked by ts_rank; if it
 * matches nothing, trigram word similarity of the name (GIN trigram index), ranked by that
 * similarity. The filters run in both. The matched set is materialized once, narrow (the sort
 * keys and facet columns only), and read by the total, the page and every facet; only the
 * page's rows are joined back for the columns a hit shows. The category and shop facets group
 * the matched products by their id arrays first (a few distinct paths and shop sets) and
 * unnest only those; the price and rating buckets are counted in one pass.
 */
export function searchStatement(c: SearchCriteria): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const terms = `select websearch_to_tsquery('english', ${bind(c.q ?? '')}::text) as query,
                        $1::text as raw`;

  const where = ['p.listed'];
  if (c.categoryId) where.push(`p.category_ids @> array[${bind(c.categoryId)}::uuid]`);
  if (c.shopId) where.push(`p.shop_ids @> array[${bind(c.shopId)}::uuid]`);
  if (c.minPrice !== undefined) where.push(`p.min_price >= ${bind(c.minPrice)}::bigint`);
  if (c.maxPrice !== undefined) where.push(`p.min_price <= ${bind(c.maxPrice)}::bigint`);
  if (c.inStock) where.push('p.available');
  if (c.minRating !== undefined) where.push(`p.rating_average >= ${bind(c.minRating)}::numeric`);
  const filters = where.join(' and ');

  let matched: string;
  let fuzzy: string;
  let sort = c.sort;
  if (c.q) {
    matched = `
      fts as materialized (
        select ${MATCHED_COLUMNS}, ts_rank(p.document, t.query) as rank
          from search.products p, terms t where p.document @@ t.query and ${filters}),
      fuzzy as materialized (
        select ${MATCHED_COLUMNS}, word_similarity(t.raw, p.name) as rank
          from search.products p, terms t
         where not exists (select 1 from fts) and t.raw <% p.name and ${filters}),
      matched as materialized (select * from fts union all select * from fuzzy)`;
    fuzzy = 'exists (select 1 from fuzzy)';
  } else {
    matched = `
      matched as materialized (
        select ${MATCHED_COLUMNS}, 0::real as rank from search.products p where ${filters})`;
    fuzzy = 'false';
    if (sort === 'relevance') sort = 'newest';
  }

  const priceBuckets = PRICE_EDGES.map((min, i) => {
    const max = PRICE_EDGES[i + 1];
    const inBucket = `min_price >= ${min}${max === undefined ? '' : ` and min_price < ${max}`}`;
    return `json_build_object('min', ${min}, 'max', ${max ?? 'null'},
                              'count', count(*) filter (where ${inBucket})::int)`;
  }).join(',\n');
  const ratingBuckets = RATING_THRESHOLDS.map(
    (n) => `json_build_object('minRating', ${n},
                              'count', count(*) filter (where rating_average >= ${n})::int)`,
  ).join(',\n');

  const sql = `
    with terms as (${terms}),
    ${matched}
    select ${CURRENT_VERSION} as version,
           (select count(*)::int from matched) as total,
           ${fuzzy} as fuzzy,
           (select coalesce(json_agg(x), '[]') from (
              select page.id, d.slug, d.name, d.image_url, d.category_id, page.min_price,
                     d.currency, d.offer_count, d.available, page.rating_average,
                     page.rating_count
                from (select id, min_price, rating_average, rating_count, created_at, rank
                        from matched order by ${ORDER[sort]}
                       limit ${bind(c.limit)}::int offset ${bind(c.offset)}::int) page
                cross join lateral (
                  select p.slug, p.name, p.image_url, p.category_id, p.currency, p.offer_count,
                         p.available
                    from search.products p where p.id = page.id) d
               order by ${ORDER[sort]}) x) as items,
           (select coalesce(json_agg(x order by x.count desc, x.name), '[]') from (
              select c.id, c.slug, c.name, k.count
                from (select u.id, sum(g.count)::int as count
                        from (select category_ids, count(*) as count from matched group by category_ids) g
                       cross join unnest(g.category_ids) as u(id)
                       group by u.id) k
                join search.categories c on c.id = k.id) x) as categories,
           (select coalesce(json_agg(x order by x.count desc, x.name), '[]') from (
              select s.id, s.slug, s.name, k.count
                from (select u.id, sum(g.count)::int as count
                        from (select shop_ids, count(*) as count from matched group by shop_ids) g
                       cross join unnest(g.shop_ids) as u(id)
                       group by u.id) k
                join search.shops s on s.id = k.id) x) as shops,
           (select json_build_array(${priceBuckets}) from matched) as prices,
           (select json_build_array(${ratingBuckets}) from matched) as ratings`;
  return { sql, params };
}
