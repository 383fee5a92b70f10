import { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the database already holds, by natural key, so the seed creates only what is missing.
 * Read-only SQL over the contexts' tables: every write still goes through their commands.
 */
export class ExistingRecords {
  private constructor(
    /** email → user id */
    readonly users: Map<string, string>,
    /** slug → category id */
    readonly categories: Map<string, string>,
    /** slug → product id and status */
    readonly products: Map<string, { id: string; status: string }>,
    /** sku → variant id */
    readonly variants: Map<string, string>,
    /** slug → shop id */
    readonly shops: Map<string, string>,
    /** `${shopId}/${name}` → warehouse id */
    readonly warehouses: Map<string, string>,
    /** `${shopId}/${variantId}` */
    readonly offers: Set<string>,
    /** `${warehouseId}/${variantId}` */
    readonly stockLevels: Set<string>,
    /** `${shopId}/${name}` of every shipping method */
    readonly shippingMethods: Set<string>,
  ) {}

  static async load(em: EntityManager): Promise<ExistingRecords> {
    const rows = <T extends object>(sql: string) => em.getConnection().execute<T[]>(sql);
    const [users, categories, products, variants, shops, warehouses, offers, levels, methods] =
      await Promise.all([
        rows<{ id: string; email: string }>('select id, email from identity.users'),
        rows<{ id: string; slug: string }>('select id, slug from catalog.categories'),
        rows<{ id: string; slug: string; status: string }>(
          'select id, slug, status from catalog.products',
        ),
        rows<{ id: string; sku: string }>('select id, sku from catalog.variants'),
        rows<{ id: string; slug: string }>('select id, slug from shops.shops'),
        rows<{ id: string; shop_id: string; name: string }>(
          'select id, shop_id, name from inventory.warehouses',
        ),
        rows<{ shop_id: string; variant_id: string }>(
          'select shop_id, variant_id from shops.shop_products',
        ),
        rows<{ warehouse_id: string; variant_id: string }>(
          'select warehouse_id, variant_id from inventory.stock_levels',
        ),
        rows<{ shop_id: string; name: string }>('select shop_id, name from shops.shipping_methods'),
      ]);
    return new ExistingRecords(
      new Map(users.map((u) => [u.email, u.id])),
      new Map(categories.map((c) => [c.slug, c.id])),
      new Map(products.map((p) => [p.slug, { id: p.id, status: p.status }])),
      new Map(variants.map((v) => [v.sku, v.id])),
      new Map(shops.map((s) => [s.slug, s.id])),
      new Map(warehouses.map((w) => [`${w.shop_id}/${w.name}`, w.id])),
      new Set(offers.map((o) => `${o.shop_id}/${o.variant_id}`)),
      new Set(levels.map((l) => `${l.warehouse_id}/${l.variant_id}`)),
      new Set(methods.map((m) => `${m.shop_id}/${m.name}`)),
    );
  }

  userId(email: string): string {
    return required(this.users.get(email), `user ${email}`);
  }

  variantId(sku: string): string {
    return required(this.variants.get(sku), `variant ${sku}`);
  }

  shopId(slug: string): string {
    return required(this.shops.get(slug), `shop ${slug}`);
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The seed expected ${what} to exist by now`);
  return value;
}
