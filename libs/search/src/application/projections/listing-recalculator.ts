import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './pg';

/**
 * Keeps each product row's listing figures consistent with its offers: lowest active price,
 * offer count, availability and `listed` (an active product with at least one active offer of
 * an active shop). Callers lock first, so concurrent projections never recompute from a
 * snapshot missing the other's offer change.
 */
@Injectable()
export class ListingRecalculator {
  /** Rebuild transactions, with the products whose recompute waits for the end of the replay. */
  private readonly deferred = new WeakMap<EntityManager, Set<string>>();

  /**
   * Marks a transaction that holds the search tables exclusively (the rebuild truncates them):
   * it needs no per-key locks, and taking thousands of them would exhaust the lock table. Its
   * recomputes wait for `recomputeDeferred`: replaying a product's offer and stock events would
   * otherwise rewrite its row once per event, leaving one live row per heap page for the
   * searches to read.
   */
  holdsTablesExclusively(em: EntityManager): void {
    this.deferred.set(em, new Set());
  }

  /** Recomputes, in batches, every product a rebuild transaction touched, once each. */
  async recomputeDeferred(em: EntityManager, batchSize: number): Promise<void> {
    const ids = [...(this.deferred.get(em) ?? [])];
    this.deferred.delete(em);
    for (let i = 0; i < ids.length; i += batchSize) {
      await this.recompute(em, ids.slice(i, i + batchSize));
    }
  }

  /**
   * Serializes projections touching the same keys until the transaction ends. Keys are taken
   * in sorted order, and callers take them shop, then stock, then products, so locks never cycle.
   */
  async lock(em: EntityManager, keys: string[]): Promise<void> {
    if (keys.length === 0 || this.deferred.has(em)) return;
    await em.execute(
      `select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) as k order by k`,
      [pgArray([...new Set(keys)].sort())],
    );
  }

  lockProducts(em: EntityManager, productIds: string[]): Promise<void> {
    return this.lock(
      em,
      productIds.map((id) => `search:product:${id}`),
    );
  }

  lockShop(em: EntityManager, shopId: string): Promise<void> {
    return this.lock(em, [`search:shop:${shopId}`]);
  }

  lockStock(em: EntityManager, shopId: string, variantId: string): Promise<void> {
    return this.lock(em, [`search:stock:${shopId}:${variantId}`]);
  }

  /**
   * Recomputes the listing figures of these products from their offers, their rating from the
   * ratings table, and their full-text document.
   */
  async recompute(em: EntityManager, productIds: string[]): Promise<void> {
    if (productIds.length === 0) return;
    const deferred = this.deferred.get(em);
    if (deferred) {
      for (const id of productIds) deferred.add(id);
      return;
    }
    await em.execute(
      `update search.products p
          set min_price = s.min_price, currency = s.currency, offer_count = s.offer_count,
              available = s.available, listed = p.status = 'active' and s.offer_count > 0,
              shop_ids = s.shop_ids, rating_average = s.rating_average,
              rating_count = s.rating_count, document = ${DOCUMENT_OF('p')}
         from (select pr.id,
                      min(o.price_amount) as min_price,
                      (array_agg(o.price_currency order by o.price_amount, o.id)
                        filter (where o.id is not null))[1] as currency,
                      count(o.id)::int as offer_count,
                      coalesce(bool_or(o.available > 0), false) as available,
                      coalesce(array_agg(distinct o.shop_id) filter (where o.id is not null),
                               '{}') as shop_ids,
                      coalesce(min(r.average), 0) as rating_average,
                      coalesce(min(r.count), 0) as rating_count
                 from search.products pr
                 left join search.offers o
                   on o.product_id = pr.id and o.active and o.shop_active
                 left join search.ratings r on r.product_id = pr.id
                where pr.id = any(?::uuid[])
                group by pr.id) s
        where p.id = s.id`,
      [pgArray(productIds)],
    );
  }

  /**
   * Rewrites the full-text document of every product filed under this category (or below it),
   * after the category's name or place changed. No per-product locks (a category may hold
   * thousands); the row locks of the update order it against concurrent recomputes.
   */
  async reindexCategory(em: EntityManager, categoryId: string): Promise<void> {
    // A rebuild recomputes every product it inserted, document included, at its end.
    if (this.deferred.has(em)) return;
    await em.execute(
      `update search.products p set document = ${DOCUMENT_OF('p')}
        where p.category_ids @> array[?]::uuid[]`,
      [categoryId],
    );
  }
}

/**
 * The full-text document of product row `p` (the text search configuration is 'english'):
 * name A, variant option values B, category path and listed shop names C, description D.
 */
export const DOCUMENT_OF = (p: string) => `
  setweight(to_tsvector('english', ${p}.name), 'A') ||
  setweight(to_tsvector('english', coalesce(
    (select string_agg(o.value, ' ')
       from jsonb_array_elements(${p}.variants) v, jsonb_each_text(v.value -> 'options') o),
    '')), 'B') ||
  setweight(to_tsvector('english', concat_ws(' ',
    (select string_agg(c.name, ' ') from search.categories c where c.id = any(${p}.category_ids)),
    (select string_agg(distinct so.shop_name, ' ') from search.offers so
      where so.product_id = ${p}.id and so.active and so.shop_active))), 'C') ||
  setweight(to_tsvector('english', coalesce(${p}.description, '')), 'D')`;
