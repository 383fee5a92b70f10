import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetShopSummaryQuery, ShopSummary } from '@pasar/shops';
import { GetVariantSummariesQuery, VariantSummary } from '@pasar/catalog';
import { InventoryJobsModule, InventoryModule } from '@pasar/inventory';
import { Actor, Env, OutboxRelayModule } from '@pasar/shared';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';

/** Stand-ins for the shops and catalog contexts' public queries. */
const shops = new Map<string, ShopSummary>();
const variants = new Set<string>();

@QueryHandler(GetShopSummaryQuery)
class StubShopSummaries implements IQueryHandler<GetShopSummaryQuery> {
  async execute({ shopId }: GetShopSummaryQuery): Promise<ShopSummary | null> {
    return shops.get(shopId) ?? null;
  }
}

@QueryHandler(GetVariantSummariesQuery)
class StubVariantSummaries implements IQueryHandler<GetVariantSummariesQuery> {
  async execute({ variantIds }: GetVariantSummariesQuery): Promise<VariantSummary[]> {
    return variantIds
      .filter((id) => variants.has(id))
      .map((variantId) => ({
        variantId,
        sku: `SKU-${variantId.slice(0, 8)}`,
        title: 'Default',
        productId: variantId,
        productSlug: 'product',
        productName: 'Product',
        productStatus: 'active' as const,
      }));
  }
}

export const address = {
  line1: 'Jl. Gudang 5',
  line2: null,
  city: 'Bekasi',
  region: null,
  postalCode: '17111',
  countryCode: 'ID',
};

export interface LevelCheck {
  warehouse_id: string;
  variant_id: string;
  on_hand: number;
  reserved: number;
  ledger_on_hand: number;
  ledger_reserved: number;
  held: number;
}

/** Inventory on a throwaway migrated database, with sellers, shops and variants made up. */
export class InventoryFixture {
  sql!: EntityManager;
  private context!: IntegrationContext;

  /**
   * With `jobs`, runs the worker's side too: the outbox relay, the domain-events consumers and
   * the inventory jobs (expiry queue processor, sweeper), on the test's own Redis prefix.
   */
  async start(options: { jobs?: boolean; env?: Env } = {}): Promise<void> {
    const worker = options.jobs ? [OutboxRelayModule, InventoryJobsModule] : [];
    this.context = await startIntegrationContext(
      {
        imports: [InventoryModule, ...worker],
        providers: [StubShopSummaries, StubVariantSummaries],
      },
      options.env,
    );
    this.sql = this.context.sql;
  }

  /** A provider of the running modules (e.g. a queue by its token). */
  get<T>(token: string | symbol | (abstract new (...args: never[]) => T)): T {
    return this.context.module.get<T>(token as never, { strict: false });
  }

  stop(): Promise<void> {
    return this.context.close();
  }

  /** Runs a command in its own request context, as a separate HTTP request or job would. */
  run<T>(command: object): Promise<T> {
    return this.context.run<T>(command);
  }

  seller(): Pick<Actor, 'id' | 'role'> {
    return { id: randomUUID(), role: 'seller' };
  }

  shopOf(owner: Pick<Actor, 'id'>): string {
    const id = randomUUID();
    shops.set(id, { id, ownerId: owner.id, slug: `shop-${id}`, name: 'Shop', active: true });
    return id;
  }

  variant(): string {
    const id = randomUUID();
    variants.add(id);
    return id;
  }

  /** Every level with its ledger sums and what active reservations hold on it. */
  levels(variantId: string): Promise<LevelCheck[]> {
    return this.sql.execute<LevelCheck[]>(
      `select sl.warehouse_id, sl.variant_id, sl.on_hand, sl.reserved,
              (select coalesce(sum(m.on_hand_delta), 0)::int from inventory.stock_movements m
                where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_on_hand,
              (select coalesce(sum(m.reserved_delta), 0)::int from inventory.stock_movements m
                where m.warehouse_id = sl.warehouse_id and m.variant_id = sl.variant_id) as ledger_reserved,
              (select coalesce(sum(a.quantity), 0)::int from inventory.reservation_allocations a
                 join inventory.stock_reservations r on r.id = a.reservation_id
                where r.status = 'active' and a.warehouse_id = sl.warehouse_id
                  and a.variant_id = sl.variant_id) as held
         from inventory.stock_levels sl where sl.variant_id = ? order by sl.warehouse_id`,
      [variantId],
    );
  }

  async events(type: string, variantId?: string): Promise<Record<string, unknown>[]> {
    const rows = await this.sql.execute<{ payload: Record<string, unknown> }[]>(
      `select payload from shared.outbox where type = ?
          and (?::text is null or payload->>'variantId' = ?::text) order by position`,
      [type, variantId ?? null, variantId ?? null],
    );
    return rows.map((row) => row.payload);
  }
}

/** The invariants of the ledger: levels equal its sums, held equals reserved, nothing negative. */
export function expectConsistent(levels: LevelCheck[]): void {
  for (const level of levels) {
    expect(level.on_hand).toBe(level.ledger_on_hand);
    expect(level.reserved).toBe(level.ledger_reserved);
    expect(level.reserved).toBe(level.held);
    expect(level.reserved).toBeGreaterThanOrEqual(0);
    expect(level.on_hand).toBeGreaterThanOrEqual(level.reserved);
  }
}

/** Retries `check` (which asserts) until it passes or `timeoutMs` runs out. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
