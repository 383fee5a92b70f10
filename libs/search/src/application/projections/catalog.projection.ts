import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { EventEnvelope } from '@pasar/shared';
import { CategoryMoved, CategorySaved, ProductSaved } from '../../contracts/consumed-events';
import { ListingRecalculator } from './listing-recalculator';
import { categoryIdsOf, pgArray } from './pg';

/** Products and categories from the catalog's events (newest `occurredAt` wins). */
@Injectable()
export class CatalogProjection {
  constructor(private readonly listing: ListingRecalculator) {}

  async productSaved(event: EventEnvelope<ProductSaved>, em: EntityManager): Promise<void> {
    const p = event.payload;
    await this.listing.lockProducts(em, [p.id]);
    const applied = await em.execute<{ id: string }[]>(
      `insert into search.products (id, slug, name, description, category_id, category_path,
                                    category_ids, status, image_url, variants, created_at, as_of)
       values (?, ?, ?, ?, ?, ?, ?::uuid[], ?, ?, ?::jsonb, ?, ?)
       on conflict (id) do update
          set slug = excluded.slug, name = excluded.name, description = excluded.description,
              category_id = excluded.category_id, category_path = excluded.category_path,
              category_ids = excluded.category_ids, status = excluded.status,
              image_url = excluded.image_url, variants = excluded.variants,
              created_at = excluded.created_at, as_of = excluded.as_of
        where search.products.as_of <= excluded.as_of
       returning id`,
      [
        p.id,
        p.slug,
        p.name,
        p.description ?? null,
        p.categoryId,
        p.categoryPath,
        pgArray(categoryIdsOf(p.categoryPath)),
        p.status,
        p.imageUrl ?? null,
        JSON.stringify(
          (p.variants ?? []).map(({ id, sku, title, options }) => ({ id, sku, title, options })),
        ),
        p.createdAt,
        event.occurredAt,
      ],
    );
    if (applied.length > 0) await this.listing.recompute(em, [p.id]);
  }

  async categorySaved(event: EventEnvelope<CategorySaved>, em: EntityManager): Promise<void> {
    const c = event.payload;
    const applied = await em.execute<{ id: string }[]>(
      `insert into search.categories (id, slug, name, parent_id, path, as_of)
       values (?, ?, ?, ?, ?, ?)
       on conflict (id) do update
          set slug = excluded.slug, name = excluded.name, parent_id = excluded.parent_id,
              path = excluded.path, as_of = excluded.as_of
        where search.categories.as_of <= excluded.as_of
       returning id`,
      [c.id, c.slug, c.name, c.parentId ?? null, c.path, event.occurredAt],
    );
    if (applied.length > 0) await this.listing.reindexCategory(em, c.id);
  }

  /** Rewrites every path under the moved category, as the catalog did (no per-product events). */
  async categoryMoved(event: EventEnvelope<CategoryMoved>, em: EntityManager): Promise<void> {
    const { id, fromPath, toPath } = event.payload;
    await em.execute(
      `update search.categories set path = ? || substr(path, ?) where starts_with(path, ?)`,
      [toPath, fromPath.length + 1, fromPath],
    );
    await em.execute(
      `update search.products p
          set category_path = m.path,
              category_ids = string_to_array(trim(both '/' from m.path), '/')::uuid[]
         from (select id, ? || substr(category_path, ?) as path
                 from search.products where starts_with(category_path, ?)) m
        where p.id = m.id`,
      [toPath, fromPath.length + 1, fromPath],
    );
    await this.listing.reindexCategory(em, id);
  }
}
