import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { GetVariantSummariesQuery } from '@pasar/catalog';
import { GetOffersQuery, GetShippingOptionsQuery } from '@pasar/shops';
import { PromotionKind } from '../../../domain/promotion/promotion-terms';
import { AppliedPromotionTerms, CartLineRow, priceCart } from './cart-pricing';
import { PriceCartQuery } from './price-cart.query';
import { PricedCart } from './priced-cart.view';

interface CartRow {
  id: string;
  currency: string | null;
  promotion_id: string | null;
}

/** A cart row joined with one of its lines (the line's columns are null for an empty cart). */
type CartWithLineRow = CartRow &
  (({ line_id: string } & Omit<CartLineRow, 'id'>) | { line_id: null });

interface PromotionRow {
  id: string;
  code: string;
  kind: PromotionKind;
  percent: number | null;
  amount: string | null;
  currency: string | null;
  shop_id: string | null;
  minimum_subtotal: string;
  starts_at: Date;
  ends_at: Date | null;
  usage_limit: number | null;
  used: number;
  per_buyer_limit: number | null;
  active: boolean;
  buyer_uses: number;
}

@QueryHandler(PriceCartQuery)
export class PriceCartHandler implements IQueryHandler<PriceCartQuery> {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: QueryBus,
  ) {}

  async execute({
    buyerId,
    lockForCheckout,
    shippingChoices,
  }: PriceCartQuery): Promise<PricedCart> {
    const { cart, lines } = await this.cartWithLines(buyerId, lockForCheckout);
    // One after another: inside checkout's transaction they share one connection.
    const ids = (pick: (line: CartLineRow) => string) => lines.map(pick);
    const offers =
      lines.length > 0
        ? await this.queries.execute(new GetOffersQuery(ids((l) => l.offer_id)))
        : [];
    const variants =
      lines.length > 0
        ? await this.queries.execute(new GetVariantSummariesQuery(ids((l) => l.variant_id)))
        : [];
    const shippingOptions =
      lines.length > 0
        ? await this.queries.execute(
            new GetShippingOptionsQuery([...new Set(ids((l) => l.shop_id))]),
          )
        : [];
    const promotion = cart?.promotion_id ? await this.promotion(cart.promotion_id, buyerId) : null;
    return priceCart({
      buyerId,
      currency: cart?.currency ?? null,
      lines,
      offers: new Map(offers.map((offer) => [offer.id, offer])),
      variants: new Map(variants.map((variant) => [variant.variantId, variant])),
      shippingOptions,
      shippingChoices: new Map(
        shippingChoices.map((choice) => [
          choice.shopId.toLowerCase(),
          choice.methodId.toLowerCase(),
        ]),
      ),
      promotion,
      now: new Date(),
    });
  }

  /** The buyer's cart and its lines in one statement; at checkout the cart row stays locked. */
  private async cartWithLines(
    buyerId: string,
    lock: boolean,
  ): Promise<{ cart: CartRow | null; lines: CartLineRow[] }> {
    const rows = await this.em.execute<CartWithLineRow[]>(
      `select c.id, c.currency, c.promotion_id, l.id as line_id, l.offer_id, l.shop_id,
              l.variant_id, l.quantity
         from cart.carts c
         left join cart.cart_lines l on l.cart_id = c.id
        where c.buyer_id = ?
        order by l.added_at, l.id
        ${lock ? 'for update of c' : ''}`,
      [buyerId],
    );
    if (rows.length === 0) return { cart: null, lines: [] };
    const [{ id, currency, promotion_id }] = rows;
    const lines: CartLineRow[] = [];
    for (const row of rows) {
      if (row.line_id === null) continue;
      const { line_id, offer_id, shop_id, variant_id, quantity } = row;
      lines.push({ id: line_id, offer_id, shop_id, variant_id, quantity });
    }
    return { cart: { id, currency, promotion_id }, lines };
  }

  private async promotion(id: string, buyerId: string): Promise<AppliedPromotionTerms | null> {
    const [row] = await this.em.execute<PromotionRow[]>(
      `select p.id, p.code, p.kind, p.percent, p.amount, p.currency, p.shop_id, p.minimum_subtotal,
              p.starts_at, p.ends_at, p.usage_limit, p.used, p.per_buyer_limit, p.active,
              (select count(*)::int from cart.promotion_redemptions r
                where r.promotion_id = p.id and r.buyer_id = ? and r.released_at is null) as buyer_uses
         from cart.promotions p where p.id = ?`,
      [buyerId, id],
    );
    if (!row) return null;
    return {
      id: row.id,
      code: row.code,
      kind: row.kind,
      percent: row.percent,
      amount: row.amount === null ? null : Number(row.amount),
      currency: row.currency,
      shopId: row.shop_id,
      minimumSubtotal: Number(row.minimum_subtotal),
      startsAt: new Date(row.starts_at),
      endsAt: row.ends_at === null ? null : new Date(row.ends_at),
      usageLimit: row.usage_limit,
      used: row.used,
      perBuyerLimit: row.per_buyer_limit,
      active: row.active,
      buyerUses: row.buyer_uses,
    };
  }
}
