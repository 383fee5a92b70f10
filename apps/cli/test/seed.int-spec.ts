import { RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { CatalogModule } from '@pasar/catalog';
import { IdentityModule } from '@pasar/identity';
import { InventoryModule } from '@pasar/inventory';
import { ShopsModule } from '@pasar/shops';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { DEMO_USERS, DemoSeeder, SeedSummary } from '../src/demo-seeder';
import { CatalogSeeder } from '../src/seed/catalog-seeder';
import { demoPlan } from '../src/seed/seed-plan';

describe('demo seed (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  const plan = demoPlan();
  const stockLines = plan.offers.flatMap((offer) => offer.stock);
  const seed = (): Promise<SeedSummary> =>
    RequestContext.create(context.orm.em, () => context.module.get(DemoSeeder).seed('demo'));
  const count = async (table: string, where = 'true'): Promise<number> => {
    const [row] = await sql.execute<{ n: string }[]>(
      `select count(*) as n from ${table} where ${where}`,
    );
    return Number(row.n);
  };

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [IdentityModule, CatalogModule, ShopsModule, InventoryModule],
      providers: [DemoSeeder, CatalogSeeder],
    });
    sql = context.sql;
  });

  afterAll(() => context.close());

  it('creates the demo catalog through the commands on the first run', async () => {
    const { users, catalog } = await seed();
    expect(users).toEqual({ created: DEMO_USERS.length, existing: 0 });
    expect(catalog.products).toEqual({ created: plan.products.length, existing: 0 });
    expect(catalog.offers).toEqual({ created: plan.offers.length, existing: 0 });
    expect(catalog.stock).toEqual({ created: stockLines.length, existing: 0 });
    expect(await count('catalog.categories')).toBe(plan.categories.length);
    expect(await count('shops.shops')).toBe(3);
    expect(await count('inventory.warehouses')).toBe(6);
    expect(await count('catalog.products', `status = 'active'`)).toBe(plan.products.length);
    expect(await count('shops.shop_products', 'active')).toBe(plan.offers.length);
    // Every shop ships (one or two active methods), so its offers can be bought.
    const methods = plan.shops.map((shop) => shop.shippingMethods.length);
    expect(Math.min(...methods)).toBeGreaterThanOrEqual(1);
    expect(await count('shops.shipping_methods', 'active')).toBe(methods.reduce((a, b) => a + b));
    expect(catalog.shippingMethods).toEqual({
      created: await count('shops.shipping_methods'),
      existing: 0,
    });
    // Every change went through an aggregate, so the read models can be fed from the outbox.
    expect(await count('shared.outbox', `type = 'shops.offer-saved'`)).toBe(plan.offers.length);
  });

  it('creates nothing on a second run', async () => {
    const before = await count('shared.outbox');
    const { users, catalog } = await seed();
    expect(users.created).toBe(0);
    for (const kind of Object.values(catalog)) expect(kind.created).toBe(0);
    expect(catalog.stock.existing).toBe(stockLines.length);
    expect(await count('identity.users')).toBe(DEMO_USERS.length);
    expect(await count('catalog.products')).toBe(plan.products.length);
    expect(await count('shops.shop_products')).toBe(plan.offers.length);
    expect(await count('inventory.stock_levels')).toBe(stockLines.length);
    expect(await count('inventory.stock_movements')).toBe(stockLines.length);
    expect(await count('shared.outbox')).toBe(before);
  });

  it('leaves stock that matches its ledger and the offers of its shop', async () => {
    const [totals] = await sql.execute<{ on_hand: string; reserved: string }[]>(
      'select sum(on_hand) as on_hand, sum(reserved) as reserved from inventory.stock_levels',
    );
    expect(Number(totals.on_hand)).toBe(stockLines.reduce((sum, line) => sum + line.quantity, 0));
    expect(Number(totals.reserved)).toBe(0);
    const unmatched = await sql.execute(
      `select l.warehouse_id, l.variant_id
         from inventory.stock_levels l
    left join inventory.warehouses w on w.id = l.warehouse_id and w.shop_id = l.shop_id
    left join shops.shop_products o on o.shop_id = l.shop_id and o.variant_id = l.variant_id
    left join (select warehouse_id, variant_id, sum(on_hand_delta) as delta
                 from inventory.stock_movements where kind = 'receipt'
             group by warehouse_id, variant_id) m
           on m.warehouse_id = l.warehouse_id and m.variant_id = l.variant_id
        where w.id is null or o.id is null or m.delta is distinct from l.on_hand or l.on_hand <= 0`,
    );
    expect(unmatched).toEqual([]);
  });
});
