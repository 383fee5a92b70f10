import type { VariantSummary } from '@pasar/catalog';
import type { OfferSummary } from '@pasar/shops';
import { evaluatePromotion, PromotionTerms } from '../../../domain/promotion/promotion-terms';
import { PricedCart, PricedCartLine, PricedCartShop } from './priced-cart.view';

export interface CartLineRow {
  id: string;
  offer_id: string;
  shop_id: string;
  variant_id: string;
  quantity: number;
}

export interface AppliedPromotionTerms extends PromotionTerms {
  id: string;
  code: string;
  /** The buyer's unreleased redemptions of it. */
  buyerUses: number;
}

export interface CartPricingInput {
  buyerId: string;
  /** The cart's currency: the one its lines were added in. */
  currency: string | null;
  /** In the order they were added. */
  lines: CartLineRow[];
  offers: Map<string, OfferSummary>;
  variants: Map<string, VariantSummary>;
  promotion: AppliedPromotionTerms | null;
  now: Date;
}

/**
 * Prices a cart from its offers as they are now: lines grouped by shop (shops in the order
 * their first line was added), subtotals of the purchasable lines, and the promotion's discount
 * split over the shops it covers. A promotion that no longer applies shows why and takes nothing.
 */
export function priceCart(input: CartPricingInput): PricedCart {
  const shops = new Map<string, PricedCartShop>();
  for (const row of input.lines) {
    const offer = input.offers.get(row.offer_id);
    const line = pricedLine(row, offer, input.variants.get(row.variant_id), input.currency);
    const shop = shops.get(row.shop_id) ?? {
      shopId: row.shop_id,
      shopName: offer?.shopName ?? '',
      lines: [],
      subtotal: 0,
      discount: 0,
      total: 0,
    };
    shop.lines.push(line);
    if (line.purchasable) shop.subtotal += line.lineTotal;
    shops.set(row.shop_id, shop);
  }
  const priced = [...shops.values()];
  let promotion: PricedCart['promotion'] = null;
  if (input.promotion) {
    const outcome = evaluatePromotion(
      input.promotion,
      { currency: input.currency, shops: priced },
      input.now,
      input.promotion.buyerUses,
    );
    for (const shop of priced)
      shop.discount = outcome.applies ? (outcome.shares.get(shop.shopId) ?? 0) : 0;
    promotion = {
      id: input.promotion.id,
      code: input.promotion.code,
      valid: outcome.applies,
      problem: outcome.applies ? null : outcome.problem,
    };
  }
  for (const shop of priced) shop.total = shop.subtotal - shop.discount;
  const sum = (pick: (shop: PricedCartShop) => number) =>
    priced.reduce((total, shop) => total + pick(shop), 0);
  return {
    buyerId: input.buyerId,
    currency: input.currency,
    shops: priced,
    subtotal: sum((shop) => shop.subtotal),
    discount: sum((shop) => shop.discount),
    total: sum((shop) => shop.total),
    promotion,
  };
}

/**
 * A line can be bought when its offer, shop and product are active and the offer is still
 * priced in the cart's currency.
 */
function pricedLine(
  row: CartLineRow,
  offer: OfferSummary | undefined,
  variant: VariantSummary | undefined,
  currency: string | null,
): PricedCartLine {
  const unitPrice = offer?.price.amount ?? 0;
  const purchasable =
    offer !== undefined &&
    offer.active &&
    offer.shopActive &&
    offer.price.currency === currency &&
    variant?.productStatus === 'active';
  return {
    lineId: row.id,
    offerId: row.offer_id,
    shopId: row.shop_id,
    variantId: row.variant_id,
    productId: offer?.productId ?? variant?.productId ?? '',
    productName: variant?.productName ?? '',
    variantTitle: variant?.title ?? '',
    sku: variant?.sku ?? '',
    quantity: row.quantity,
    unitPrice,
    lineTotal: unitPrice * row.quantity,
    currency: offer?.price.currency ?? currency ?? '',
    purchasable,
  };
}
