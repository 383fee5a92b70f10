import { Injectable } from '@nestjs/common';
import { Command, CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import {
  ChangeProductStatusCommand,
  CreateCategoryCommand,
  CreateProductCommand,
} from '@pasar/catalog';
import { OpenWarehouseCommand, ReceiveStockCommand } from '@pasar/inventory';
import { Actor } from '@pasar/shared';
import { CreateOfferCommand, DefineShippingMethodCommand, OpenShopCommand } from '@pasar/shops';
import { ExistingRecords } from './existing-records';
import { CURRENCY, SeedPlan } from './seed-plan';

/** Commands in flight at once: below the connection pool (DATABASE_POOL_MAX, default 10). */
const CONCURRENCY = 8;

export type SeedCounts = Record<
  'categories' | 'shops' | 'shippingMethods' | 'warehouses' | 'products' | 'offers' | 'stock',
  { created: number; existing: number }
>;

/**
 * Runs a SeedPlan through the contexts' commands, as the API would, creating only what the
 * database does not hold yet. Each command gets its own unit of work; independent ones run
 * a few at a time.
 */
@Injectable()
export class CatalogSeeder {
  constructor(
    private readonly commands: CommandBus,
    private readonly orm: MikroORM,
  ) {}

  async seed(plan: SeedPlan): Promise<SeedCounts> {
    const counts = emptyCounts();
    const tally = (kind: keyof SeedCounts, isNew: boolean) =>
      isNew ? counts[kind].created++ : counts[kind].existing++;
    let known = await this.existing();

    for (const category of plan.categories) {
      const isNew = !known.categories.has(category.slug);
      tally('categories', isNew);
      if (!isNew) continue;
      const parentId = category.parentSlug ? known.categories.get(category.parentSlug)! : null;
      const { categoryId } = await this.run(
        new CreateCategoryCommand(category.name, category.slug, parentId),
      );
      known.categories.set(category.slug, categoryId);
    }

    for (const shop of plan.shops) {
      const owner = seller(known.userId(shop.ownerEmail));
      let shopId = known.shops.get(shop.slug);
      tally('shops', !shopId);
      if (!shopId) {
        ({ shopId } = await this.run(
          new OpenShopCommand(owner.id, shop.name, shop.slug, shop.description),
        ));
        known.shops.set(shop.slug, shopId);
      }
      for (const method of shop.shippingMethods) {
        const isNew = !known.shippingMethods.has(`${shopId}/${method.name}`);
        tally('shippingMethods', isNew);
        if (!isNew) continue;
        const { price, ...terms } = method;
        await this.run(
          new DefineShippingMethodCommand(owner, shopId, {
            ...terms,
            price: { amount: price, currency: CURRENCY },
            active: true,
          }),
        );
      }
      for (const [priority, warehouse] of shop.warehouses.entries()) {
        const isNew = !known.warehouses.has(`${shopId}/${warehouse.name}`);
        tally('warehouses', isNew);
        if (!isNew) continue;
        const address = {
          line1: `Jl. Gudang ${priority + 1}`,
          line2: null,
          city: warehouse.city,
          region: null,
          postalCode: warehouse.postalCode,
          countryCode: 'ID',
        };
        await this.run(new OpenWarehouseCommand(owner, shopId, warehouse.name, address, priority));
      }
    }

    await limited(plan.products, async (product) => {
      const creator = seller(known.userId(product.creatorEmail));
      const existing = known.products.get(product.slug);
      tally('products', !existing);
      const productId =
        existing?.id ??
        (
          await this.run(
            new CreateProductCommand(creator, {
              name: product.name,
              slug: product.slug,
              description: product.description,
              categoryId: known.categories.get(product.categorySlug)!,
              variants: product.variants,
            }),
          )
        ).productId;
      if (existing?.status !== 'active') {
        await this.run(new ChangeProductStatusCommand(creator, productId, 'active'));
      }
    });

    known = await this.existing(); // the new variants' and warehouses' ids
    const ownerOf = new Map(plan.shops.map((s) => [s.slug, seller(known.userId(s.ownerEmail))]));
    const warehousesOf = new Map(plan.shops.map((s) => [s.slug, s.warehouses]));

    await limited(plan.offers, async (offer) => {
      const shopId = known.shopId(offer.shopSlug);
      const variantId = known.variantId(offer.sku);
      const owner = ownerOf.get(offer.shopSlug)!;
      const isNew = !known.offers.has(`${shopId}/${variantId}`);
      tally('offers', isNew);
      if (isNew) {
        const price = { amount: offer.price, currency: CURRENCY };
        await this.run(new CreateOfferCommand(owner, shopId, variantId, price, null, true));
      }
      for (const line of offer.stock) {
        const { name } = warehousesOf.get(offer.shopSlug)![line.warehouse];
        const warehouseId = known.warehouses.get(`${shopId}/${name}`)!;
        const received = known.stockLevels.has(`${warehouseId}/${variantId}`);
        tally('stock', !received);
        if (received) continue;
        await this.run(
          new ReceiveStockCommand(owner, shopId, warehouseId, variantId, line.quantity, 'seed'),
        );
      }
    });
    return counts;
  }

  private existing(): Promise<ExistingRecords> {
    return ExistingRecords.load(this.orm.em.fork() as EntityManager);
  }

  /** One command in a fresh unit of work, as one HTTP request would run it. */
  private run<R>(command: Command<R>): Promise<R> {
    return RequestContext.create(this.orm.em, () => this.commands.execute(command));
  }
}

function seller(id: string): Pick<Actor, 'id' | 'role'> {
  return { id, role: 'seller' };
}

function emptyCounts(): SeedCounts {
  const zero = () => ({ created: 0, existing: 0 });
  return {
    categories: zero(),
    shops: zero(),
    shippingMethods: zero(),
    warehouses: zero(),
    products: zero(),
    offers: zero(),
    stock: zero(),
  };
}

/** Runs `work` over `items`, at most CONCURRENCY at a time; the first failure stops them all. */
async function limited<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      await work(items[next++]).catch((error: unknown) => {
        failed = true;
        throw error;
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, lane));
}
