import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { OfferSaved, ShopSaved } from '../../contracts/consumed-events';
import { ListingRecalculator } from './listing-recalculator';

/** Shops and offers from the shops context's events (the highest `version` wins). */
@Injectable()
export class ShopsProjection {
  constructor(private readonly listing: ListingRecalculator) {}

  async shopSaved({ payload: s }: EventEnvelope<ShopSaved>, em: EntityManager): Promise<void> {
    await this.listing.lockShop(em, s.shopId);
    const productIds = await this.productsOfShop(em, s.shopId);
    await this.listing.lockProducts(em, productIds);
    const applied = await em.execute<{ id: string }[]>(
      `insert into search.shops (id, slug, name, active, version) values (?, ?, ?, ?, ?)
       on conflict (id) do update
          set slug = excluded.slug, name = excluded.name, active = excluded.active,
              version = excluded.version
        where search.shops.version < excluded.version
       returning id`,
      [s.shopId, s.slug, s.name, s.active, s.version],
    );
    if (applied.length === 0) return;
    await em.execute(
      'update search.offers set shop_slug = ?, shop_name = ?, shop_active = ? where shop_id = ?',
      [s.slug, s.name, s.active, s.shopId],
    );
    await this.listing.recompute(em, productIds);
  }

  async offerSaved({ payload: o }: EventEnvelope<OfferSaved>, em: EntityManager): Promise<void> {
    await this.listing.lockShop(em, o.shopId);
    await this.listing.lockStock(em, o.shopId, o.variantId);
    await this.listing.lockProducts(em, [o.productId]);
    const applied = await em.execute<{ id: string }[]>(
      `insert into search.offers (id, shop_id, product_id, variant_id, price_amount, price_currency,
                                  compare_at_amount, compare_at_currency, active, version,
                                  shop_slug, shop_name, shop_active, available)
       select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, s.slug, s.name, coalesce(s.active, false),
              coalesce(a.available, 0)
         from (select 1) as one
         left join search.shops s on s.id = ?
         left join search.availability a on a.shop_id = ? and a.variant_id = ?
       on conflict (id) do update
          set price_amount = excluded.price_amount, price_currency = excluded.price_currency,
              compare_at_amount = excluded.compare_at_amount,
              compare_at_currency = excluded.compare_at_currency, active = excluded.active,
              version = excluded.version
        where search.offers.version < excluded.version
       returning id`,
      [
        o.offerId,
        o.shopId,
        o.productId,
        o.variantId,
        o.price.amount,
        o.price.currency,
        o.compareAtPrice?.amount ?? null,
        o.compareAtPrice?.currency ?? null,
        o.active,
        o.version,
        o.shopId,
        o.shopId,
        o.variantId,
      ],
    );
    if (applied.length > 0) await this.listing.recompute(em, [o.productId]);
  }

  private async productsOfShop(em: EntityManager, shopId: string): Promise<string[]> {
    const rows = await em.execute<{ product_id: string }[]>(
      'select distinct product_id from search.offers where shop_id = ?',
      [shopId],
    );
    return rows.map((row) => row.product_id);
  }
}
