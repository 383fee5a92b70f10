import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetVariantSummariesQuery, VariantSummary } from '@pasar/catalog';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import { GetShopSummaryQuery, ShopsModule } from '@pasar/shops';
import { CreateOfferCommand } from '../src/application/commands/create-offer/create-offer.command';
import { OpenShopCommand } from '../src/application/commands/open-shop/open-shop.command';
import { UpdateOfferCommand } from '../src/application/commands/update-offer/update-offer.command';
import { UpdateShopCommand } from '../src/application/commands/update-shop/update-shop.command';
import { ShopProduct } from '../src/domain/offer/shop-product.aggregate';

/** Stands in for the catalog's handler: a catalog of variants created by the test. */
const catalog = new Map<string, VariantSummary>();

@QueryHandler(GetVariantSummariesQuery)
class StandInVariantSummariesHandler implements IQueryHandler<GetVariantSummariesQuery> {
  async execute({ variantIds }: GetVariantSummariesQuery): Promise<VariantSummary[]> {
    return variantIds.flatMap((id) => catalog.get(id) ?? []);
  }
}

function catalogVariant(): VariantSummary {
  const variant: VariantSummary = {
    variantId: randomUUID(),
    sku: `SKU-${catalog.size}`,
    title: 'L / Red',
    productId: randomUUID(),
    productSlug: 'tee',
    productName: 'Tee',
    productStatus: 'active',
  };
  catalog.set(variant.variantId, variant);
  return variant;
}

const idr = (amount: number) => ({ amount, currency: 'IDR' });

describe('shops persistence (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  const run = <T>(command: object): Promise<T> => context.run<T>(command);
  const seller = () => ({ id: randomUUID(), role: 'seller' as const });
  const openShop = async (owner = seller(), slug = `toko-${randomUUID().slice(0, 8)}`) => {
    const { shopId } = await run<{ shopId: string }>(
      new OpenShopCommand(owner.id, 'Toko', slug, null),
    );
    return { owner, shopId, slug };
  };
  const outbox = (aggregateId: string) =>
    sql.execute<{ type: string; payload: Record<string, unknown> }[]>(
      'select type, payload from shared.outbox where aggregate_id = ? order by position',
      [aggregateId],
    );

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [ShopsModule],
      providers: [StandInVariantSummariesHandler],
    });
    sql = context.sql;
  });

  afterAll(() => context.close());

  it('stores a new shop and its shops.shop-saved event together, and answers its summary', async () => {
    const { owner, shopId, slug } = await openShop();
    expect(await outbox(shopId)).toEqual([
      {
        type: 'shops.shop-saved',
        payload: { shopId, ownerId: owner.id, slug, name: 'Toko', active: true, version: 1 },
      },
    ]);
    expect(await context.ask(new GetShopSummaryQuery(shopId))).toEqual({
      id: shopId,
      ownerId: owner.id,
      slug,
      name: 'Toko',
      active: true,
    });
    expect(await context.ask(new GetShopSummaryQuery(randomUUID()))).toBeNull();
  });

  it('gives a slug to exactly one of many shops opened at once', async () => {
    const slug = `racy-${randomUUID().slice(0, 8)}`;
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => run(new OpenShopCommand(randomUUID(), 'Racy', slug, null))),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.length - refused.length).toBe(1);
    expect(refused.map((r) => r.reason.code)).toEqual(Array(5).fill('SHOPS.SLUG_TAKEN'));
    const [row] = await sql.execute('select count(*)::int as n from shops.shops where slug = ?', [
      slug,
    ]);
    expect(row.n).toBe(1);
  });

  it('refuses moving a shop to a slug another shop has', async () => {
    const first = await openShop();
    const second = await openShop();
    await expect(
      run(new UpdateShopCommand(second.owner, second.shopId, { slug: first.slug })),
    ).rejects.toMatchObject({ code: 'SHOPS.SLUG_TAKEN' });
  });

  it('round-trips money in minor units, with and without a compare-at price', async () => {
    const { owner, shopId } = await openShop();
    const big = 9_000_000_000_000; // far above the 32-bit range
    const withCompare = catalogVariant();
    const without = catalogVariant();
    const a = await run<{ offerId: string }>(
      new CreateOfferCommand(owner, shopId, withCompare.variantId, idr(big), idr(big + 1), true),
    );
    const b = await run<{ offerId: string }>(
      new CreateOfferCommand(owner, shopId, without.variantId, idr(0), null, false),
    );
    const em = context.orm.em.fork();
    const first = await em.findOneOrFail(ShopProduct, { id: a.offerId });
    expect(first.price.toPayload()).toEqual(idr(big));
    expect(first.compareAtPrice?.toPayload()).toEqual(idr(big + 1));
    expect(first.productId).toBe(withCompare.productId);
    const second = await em.findOneOrFail(ShopProduct, { id: b.offerId });
    expect(second.price.toPayload()).toEqual(idr(0));
    expect(second.compareAtPrice).toBeNull();
    expect(second.active).toBe(false);
    expect(await outbox(b.offerId)).toEqual([
      {
        type: 'shops.offer-saved',
        payload: {
          offerId: b.offerId,
          shopId,
          productId: without.productId,
          variantId: without.variantId,
          price: idr(0),
          compareAtPrice: null,
          active: false,
          version: 1,
        },
      },
    ]);
  });

  it('creates exactly one offer per shop and variant when many are created at once', async () => {
    const { owner, shopId } = await openShop();
    const variant = catalogVariant();
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, (_, i) =>
        run(new CreateOfferCommand(owner, shopId, variant.variantId, idr(1000 + i), null, true)),
      ),
    );
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.length - refused.length).toBe(1);
    expect(refused.map((r) => r.reason.code)).toEqual(Array(5).fill('SHOPS.OFFER_EXISTS'));
    const rows = await sql.execute(
      'select id from shops.shop_products where shop_id = ? and variant_id = ?',
      [shopId, variant.variantId],
    );
    expect(rows).toHaveLength(1);

    // Another shop may offer the same variant at its own price.
    const other = await openShop();
    await run(
      new CreateOfferCommand(other.owner, other.shopId, variant.variantId, idr(5), null, true),
    );
  });

  it('serializes concurrent repricings: no lost update, one event per version', async () => {
    const { owner, shopId } = await openShop();
    const variant = catalogVariant();
    const { offerId } = await run<{ offerId: string }>(
      new CreateOfferCommand(owner, shopId, variant.variantId, idr(1000), null, true),
    );
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        run(new UpdateOfferCommand(owner, shopId, offerId, { price: idr(2000 + i) })),
      ),
    );
    const events = await outbox(offerId);
    expect(events.map((e) => e.payload.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [row] = await sql.execute(
      'select version, price_amount from shops.shop_products where id = ?',
      [offerId],
    );
    expect(row.version).toBe(9);
    // The stored price is the one the last event carries.
    expect(events[8].payload.price).toEqual(idr(Number(row.price_amount)));
  });
});
