import { createHash } from 'node:crypto';
import { EntityManager } from '@mikro-orm/postgresql';
import { Page } from '@pasar/shared';
import { CURRENT_VERSION } from '../../read-model-version';
import { queryPrepared } from '../prepared-statement';
import { ReadModelCache, Versioned } from '../read-model-cache/read-model-cache';
import { ProductListItemView } from './product-list-item.view';

export const PRODUCT_SORTS = ['price_asc', 'price_desc', 'newest', 'name'] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number];

export interface ProductListFilters {
  categoryId?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: ProductSort;
  limit: number;
  offset: number;
}

/** Whose offers a list counts: all listed ones, or only one shop's (by id or slug). */
export type OfferScope = { all: true } | { shopId: string } | { shopSlug: string };

const ORDER: Record<ProductSort, string> = {
  price_asc: 'min_price asc, id asc',
  price_desc: 'min_price desc, id desc',
  newest: 'created_at desc, id desc',
  name: 'name asc, id asc',
};

const COLUMNS = 'id, slug, name, image_url, category_id, category_ids, created_at';
const PAGE_COLUMNS =
  'id, slug, name, image_url, category_id, min_price, currency, offer_count, available';

interface Row {
  version: string;
  shop_found: boolean;
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

/** The listed products of the whole marketplace: the precomputed figures of each product row. */
const ALL_OFFERS = `
  select ${COLUMNS}, min_price, currency, offer_count, available
    from search.products where listed`;

/** One shop's active offers, grouped by product: its own lowest price, count and availability. */
const SHOP_OFFERS = `
  select p.id, p.slug, p.name, p.image_url, p.category_id, p.category_ids, p.created_at,
         x.min_price, x.currency, x.offer_count, x.available
    from (select o.product_id, min(o.price_amount) as min_price,
                 (array_agg(o.price_currency order by o.price_amount, o.id))[1] as currency,
                 count(*)::int as offer_count, bool_or(o.available > 0) as available
            from search.offers o
           where o.shop_id = (select id from shop) and o.active and o.shop_active
           group by o.product_id) x
    join search.products p on p.id = x.product_id
   where p.status = 'active'`;

export interface ProductListing {
  shopFound: boolean;
  page: Page<ProductListItemView>;
}

/** The read model cache's key of one listing: its scope and every filter, in a fixed order. */
function listingKey(scope: OfferScope, filters: ProductListFilters): string {
  return JSON.stringify([
    'listing',
    'shopId' in scope ? scope.shopId : null,
    'shopSlug' in scope ? scope.shopSlug : null,
    filters.categoryId,
    filters.minPrice,
    filters.maxPrice,
    filters.inStock,
    filters.sort,
    filters.limit,
    filters.offset,
  ]);
}

/**
 * A listing's page, its total and whether the scoped shop exists and is active, from the read
 * model cache: the statement runs once per read model version and key.
 */
export function listProducts(
  em: EntityManager,
  cache: ReadModelCache,
  scope: OfferScope,
  filters: ProductListFilters,
): Promise<ProductListing> {
  return cache.get(listingKey(scope, filters), () => loadListing(em, scope, filters));
}

/**
 * One indexed query per page: the filters run on the partial "listed" indexes (or the shop's
 * offers index), the category filter on the GIN index of the path's ids (descendants included).
 * Answers with the read model version the statement saw.
 */
async function loadListing(
  em: EntityManager,
  scope: OfferScope,
  filters: ProductListFilters,
): Promise<Versioned<ProductListing>> {
  const shopParams: unknown[] = [];
  let shop = 'select null::uuid as id where false';
  if ('shopId' in scope) {
    shop = 'select id from search.shops where id = ? and active';
    shopParams.push(scope.shopId);
  } else if ('shopSlug' in scope) {
    shop = 'select id from search.shops where slug = ? and active order by version desc limit 1';
    shopParams.push(scope.shopSlug);
  }
  const where: string[] = [];
  const whereParams: unknown[] = [];
  if (filters.categoryId) {
    where.push('category_ids @> array[?]::uuid[]');
    whereParams.push(filters.categoryId);
  }
  if (filters.minPrice !== undefined) {
    where.push('min_price >= ?');
    whereParams.push(filters.minPrice);
  }
  if (filters.maxPrice !== undefined) {
    where.push('min_price <= ?');
    whereParams.push(filters.maxPrice);
  }
  if (filters.inStock) where.push('available');
  const filtered = `from (${'all' in scope ? ALL_OFFERS : SHOP_OFFERS}) b
                     ${where.length ? `where ${where.join(' and ')}` : ''}`;
  // The filtered set is written out twice, not shared through a CTE: a CTE used twice is
  // materialized, which would sort every listed row on each request instead of reading the
  // page straight off the sort's index. The page selects only what the view shows.
  const sql = numbered(
    `with shop as (${shop})
     select ${CURRENT_VERSION} as version, exists (select 1 from shop) as shop_found,
            (select count(*)::int ${filtered}) as total, page.*
       from (select 1) one
       left join lateral (select ${PAGE_COLUMNS} ${filtered}
                           order by ${ORDER[filters.sort]} limit ? offset ?) page on true`,
  );
  // Prepared per shape (scope, filters, sort): the hottest read of the API is planned once per
  // connection and its values are bound instead of spliced into the text in JS.
  const name = `listing_${createHash('sha1').update(sql).digest('base64url')}`;
  const rows = await queryPrepared<Row>(em, name, sql, [
    ...shopParams,
    ...whereParams,
    ...whereParams,
    filters.limit,
    filters.offset,
  ]);
  return {
    version: rows[0].version,
    value: {
      shopFound: rows[0].shop_found,
      page: {
        items: rows.filter((row) => row.id !== null).map(toItem),
        total: rows[0].total,
        limit: filters.limit,
        offset: filters.offset,
      },
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1`, `$2`, … (the SQL above has no other `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function toItem(row: Row): ProductListItemView {
  return {
    id: row.id as string,
    slug: row.slug,
    name: row.name,
    imageUrl: row.image_url,
    category: { id: row.category_id },
    lowestPrice:
      row.min_price === null
        ? null
        : { amount: Number(row.min_price), currency: row.currency as string },
    offerCount: row.offer_count,
    available: row.available,
  };
}
