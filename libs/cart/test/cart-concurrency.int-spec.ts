import { randomUUID } from 'node:crypto';
import { CommandBus, IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { RequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetVariantSummariesQuery, VariantSummary } from '@pasar/catalog';
import { GetSellableStockQuery, SellableStock } from '@pasar/inventory';
import { IntegrationContext, startIntegrationContext } from '@pasar/shared/testing';
import {
  GetOffersQuery,
  GetShippingOptionsQuery,
  OfferSummary,
  ShippingOption,
} from '@pasar/shops';
import {
  CartModule,
  EmptyCartCommand,
  PriceCartQuery,
  PricedCart,
  RedeemPromotionCommand,
  ReleasePromotionRedemptionCommand,
} from '@pasar/cart';
import { AddCartLineCommand } from '../src/application/commands/add-cart-line/add-cart-line.command';
import {
  CreatePromotionCommand,
  PromotionFields,
} from '../src/application/commands/create-promotion/create-promotion.command';

/** Stand-ins for the shops, catalog and inventory public queries: offers made up by the test. */
const offers = new Map<string, OfferSummary>();

@QueryHandler(GetOffersQuery)
class StubOffers implements IQueryHandler<GetOffersQuery> {
  async execute({ offerIds }: GetOffersQuery): Promise<OfferSummary[]> {
    return offerIds.flatMap((id) => offers.get(id) ?? []);
  }
}

@QueryHandler(GetVariantSummariesQuery)
class StubVariants implements IQueryHandler<GetVariantSummariesQuery> {
  async execute({ variantIds }: GetVariantSummariesQuery): Promise<VariantSummary[]> {
    return variantIds.map((variantId) => ({
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

/** Every shop ships with one free method in IDR. */
@QueryHandler(GetShippingOptionsQuery)
class StubShipping implements IQueryHandler<GetShippingOptionsQuery> {
  async execute({ shopIds }: GetShippingOptionsQuery): Promise<ShippingOption[]> {
    return shopIds.map((shopId) => ({
      id: randomUUID(),
      shopId,
      name: 'Pickup',
      carrier: 'Self',
      pricing: 'flat' as const,
      price: { amount: 0, currency: 'IDR' },
      freeAbove: null,
      estimatedDaysMin: 0,
      estimatedDaysMax: 1,
    }));
  }
}

@QueryHandler(GetSellableStockQuery)
class StubStock implements IQueryHandler<GetSellableStockQuery> {
  async execute({ items }: GetSellableStockQuery): Promise<SellableStock[]> {
    return items.map((item) => ({ ...item, available: 100 }));
  }
}

const admin = { id: randomUUID(), role: 'admin' as const };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('cart and promotion redemptions under concurrency (Postgres)', () => {
  let context: IntegrationContext;
  let sql: EntityManager;
  let codes = 0;

  beforeAll(async () => {
    context = await startIntegrationContext({
      imports: [CartModule],
      providers: [StubOffers, StubVariants, StubStock, StubShipping],
    });
    sql = context.sql;
  });
  afterAll(() => context.close());

  async function promotion(fields: Partial<PromotionFields> = {}): Promise<string> {
    const { promotionId } = await context.run<{ promotionId: string }>(
      new CreatePromotionCommand(admin, {
        code: `PROMO${++codes}`,
        kind: 'percent',
        percent: 10,
        amount: null,
        currency: null,
        shopId: null,
        minimumSubtotal: 0,
        startsAt: new Date(Date.now() - 60_000),
        endsAt: null,
        usageLimit: null,
        perBuyerLimit: null,
        active: true,
        ...fields,
      }),
    );
    return promotionId;
  }

  const redeem = (promotionId: string, buyerId = randomUUID(), orderId = randomUUID()) =>
    context.run<void>(new RedeemPromotionCommand(promotionId, buyerId, orderId, 1_000));
  const release = (orderId: string) =>
    context.run<void>(new ReleasePromotionRedemptionCommand(orderId));

  async function state(promotionId: string) {
    const [{ used }] = await sql.execute<{ used: number }[]>(
      'select used from cart.promotions where id = ?',
      [promotionId],
    );
    const rows = await sql.execute<{ order_id: string; released: boolean }[]>(
      `select order_id, released_at is not null as released from cart.promotion_redemptions
        where promotion_id = ?`,
      [promotionId],
    );
    return { used, active: rows.filter((r) => !r.released).length, rows };
  }

  const codesOf = (results: PromiseSettledResult<unknown>[]) =>
    results.flatMap((r) => (r.status === 'rejected' ? [r.reason.code as string] : []));

  it('never exceeds the total limit: 30 concurrent redemptions of a 5-use promotion', async () => {
    const promotionId = await promotion({ usageLimit: 5 });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => redeem(promotionId)));

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(codesOf(results)).toEqual(Array(25).fill('CART.PROMOTION_EXHAUSTED'));
    expect(await state(promotionId)).toMatchObject({ used: 5, active: 5 });
  });

  it('never exceeds the per-buyer limit: 12 concurrent redemptions by one buyer, 2 allowed', async () => {
    const promotionId = await promotion({ perBuyerLimit: 2, usageLimit: 100 });
    const buyerId = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, () => redeem(promotionId, buyerId)),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    expect(codesOf(results)).toEqual(Array(10).fill('CART.PROMOTION_BUYER_LIMIT_REACHED'));
    expect(await state(promotionId)).toMatchObject({ used: 2, active: 2 });
    // Another buyer still has their own uses.
    await redeem(promotionId);
    expect((await state(promotionId)).used).toBe(3);
  });

  it('counts an order once, even when its redemption is repeated concurrently', async () => {
    const promotionId = await promotion({ usageLimit: 10 });
    const buyerId = randomUUID();
    const orderId = randomUUID();
    await Promise.all(Array.from({ length: 5 }, () => redeem(promotionId, buyerId, orderId)));
    expect(await state(promotionId)).toMatchObject({ used: 1, active: 1 });
  });

  it('gives a use back exactly once however often, and however concurrently, it is released', async () => {
    const promotionId = await promotion({ usageLimit: 3, perBuyerLimit: 1 });
    const buyerId = randomUUID();
    const orderId = randomUUID();
    await redeem(promotionId, buyerId, orderId);
    await redeem(promotionId);
    await redeem(promotionId);
    await expect(redeem(promotionId)).rejects.toMatchObject({ code: 'CART.PROMOTION_EXHAUSTED' });
    await expect(redeem(promotionId, buyerId)).rejects.toMatchObject({
      code: 'CART.PROMOTION_BUYER_LIMIT_REACHED',
    });

    await Promise.all(Array.from({ length: 10 }, () => release(orderId)));
    await release(orderId);
    await release(randomUUID()); // an order that never used a promotion: nothing to give back
    await release('not-a-uuid');

    const afterRelease = await state(promotionId);
    expect(afterRelease).toMatchObject({ used: 2, active: 2 });
    expect(afterRelease.rows.find((r) => r.order_id === orderId)?.released).toBe(true);
    // The use is back, for the total and for the buyer's own limit: exactly one more fits.
    await redeem(promotionId, buyerId);
    await expect(redeem(promotionId)).rejects.toMatchObject({ code: 'CART.PROMOTION_EXHAUSTED' });
    expect((await state(promotionId)).used).toBe(3);
  });

  /** A made-up active offer at 1 000 IDR with 100 in stock. */
  const offer = (): string => {
    const id = randomUUID();
    offers.set(id, {
      id,
      shopId: randomUUID(),
      shopName: 'Toko',
      shopActive: true,
      variantId: randomUUID(),
      productId: randomUUID(),
      price: { amount: 1_000, currency: 'IDR' },
      active: true,
    });
    return id;
  };

  it('opens one cart with one line when a new buyer adds the same offer 10 times at once', async () => {
    const buyerId = randomUUID();
    const offerId = offer();
    await Promise.all(
      Array.from({ length: 10 }, () => context.run(new AddCartLineCommand(buyerId, offerId, 2))),
    );
    const rows = await sql.execute<{ carts: number; lines: number; quantity: number }[]>(
      `select count(distinct c.id)::int as carts, count(l.id)::int as lines,
              sum(l.quantity)::int as quantity
         from cart.carts c join cart.cart_lines l on l.cart_id = c.id where c.buyer_id = ?`,
      [buyerId],
    );
    expect(rows).toEqual([{ carts: 1, lines: 1, quantity: 20 }]);
  });

  /** Runs `work` in one transaction, as checkout does, in its own request context. */
  const inTransaction = <T>(
    work: (bus: { commands: CommandBus; queries: QueryBus }) => Promise<T>,
  ) =>
    RequestContext.create(context.orm.em, () =>
      context.orm.em.transactional(() =>
        work({ commands: context.module.get(CommandBus), queries: context.module.get(QueryBus) }),
      ),
    );

  it('joins the caller’s transaction: a checkout that rolls back leaves no use counted', async () => {
    const promotionId = await promotion({ usageLimit: 1 });
    await expect(
      inTransaction(async ({ commands }) => {
        await commands.execute(
          new RedeemPromotionCommand(promotionId, randomUUID(), randomUUID(), 500),
        );
        throw new Error('a later checkout step failed');
      }),
    ).rejects.toThrow('a later checkout step failed');
    expect(await state(promotionId)).toMatchObject({ used: 0, rows: [] });
    await redeem(promotionId);
  });

  it('holds cart changes back while a checkout has priced it with the lock, then empties it', async () => {
    const buyerId = randomUUID();
    const [first, second] = [offer(), offer()];
    await context.run(new AddCartLineCommand(buyerId, first, 2));

    const steps: string[] = [];
    let finishCheckout!: () => void;
    const gate = new Promise<void>((resolve) => (finishCheckout = resolve));
    const checkout = inTransaction(async ({ commands, queries }) => {
      const priced = await queries.execute(new PriceCartQuery(buyerId, true));
      steps.push(`priced ${priced.shops.flatMap((s) => s.lines).length}`);
      await gate;
      await commands.execute(new EmptyCartCommand(buyerId));
      steps.push('emptied');
    });
    while (steps.length === 0) await sleep(10);
    const change = context
      .run(new AddCartLineCommand(buyerId, second, 1))
      .then(() => steps.push('added'));
    await sleep(300);
    expect(steps).toEqual(['priced 1']);

    finishCheckout();
    await Promise.all([checkout, change]);
    expect(steps).toEqual(['priced 1', 'emptied', 'added']);
    const cart = await context.ask<PricedCart>(new PriceCartQuery(buyerId));
    expect(cart.shops.flatMap((s) => s.lines.map((l) => [l.offerId, l.quantity]))).toEqual([
      [second, 1],
    ]);
  });
});
