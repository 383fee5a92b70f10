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
  private readonly exclusive = new WeakSet<EntityManager>();

  /**
   * Marks a transaction that holds the search tables exclusively (the rebuild truncates them):
   * it needs no per-key locks, and taking thousands of them would exhaust the lock table.
   */
  holdsTablesExclusively(em: EntityManager): void {
    this.exclusive.add(em);
  }

  /**
   * Serializes projections touching the same keys until the transaction ends. Keys are taken
   * in sorted order, and callers take them shop, then stock, then products, so locks never cycle.
   */
  async lock(em: EntityManager, keys: string[]): Promise<void> {
    if (keys.length === 0 || this.exclusive.has(em)) return;
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

  /** Recomputes the listing figures of these products from their offers. */
  async recompute(em: EntityManager, productIds: string[]): Promise<void> {
    if (productIds.length === 0) return;
    await em.execute(
      `update search.products p
          set min_price = s.min_price, currency = s.currency, offer_count = s.offer_count,
              available = s.available, listed = p.status = 'active' and s.offer_count > 0
         from (select pr.id,
                      min(o.price_amount) as min_price,
                      (array_agg(o.price_currency order by o.price_amount, o.id)
                        filter (where o.id is not null))[1] as currency,
                      count(o.id)::int as offer_count,
                      coalesce(bool_or(o.available > 0), false) as available
                 from search.products pr
                 left join search.offers o
                   on o.product_id = pr.id and o.active and o.shop_active
                where pr.id = any(?::uuid[])
                group by pr.id) s
        where p.id = s.id`,
      [pgArray(productIds)],
    );
  }
}
