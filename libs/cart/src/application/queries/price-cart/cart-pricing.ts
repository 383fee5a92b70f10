import type { VariantSummary } from '@pasar/catalog';
import type { OfferSummary, ShippingOption } from '@pasar/shops';
import { evaluatePromotion, PromotionTerms } from '../../../domain/promotion/promotion-terms';
import { CartShippingOption, PricedCart, PricedCartLine, PricedCartShop } from './priced-cart.view';
import { shippingPrice } from './shipping-pricing';

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
  /** The active shipping methods of the cart's shops. */
  shippingOptions: ShippingOption[];
  /** shop id → the method the buyer chose; a shop left out (or a choice not on offer) gets the cheapest. */
  shippingChoices: Map<string, string>;
  promotion: AppliedPromotionTerms | null;
  now: Date;
}

/**
 * Prices a cart from its offers as they are now: lines grouped by shop (shops in the order
 * their first line was added), subtotals of the purchasable lines, the promotion's discount
 * split over the shops it covers, and each shop's shipping with the chosen (else the cheapest)
 * of its methods. A promotion that no longer applies shows why and takes nothing.
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
      shippingOptions: [],
      shippingMethodId: null,
      freeShipping: false,
      shipping: 0,
      total: 0,
    };
    shop.lines.push(line);
    if (line.purchasable) shop.subtotal += line.lineTotal;
    shops.set(row.shop_id, shop);
  }
  const priced = [...shops.values()];
  for (const shop of priced) {
    const options = input.shippingOptions.filter(
      (option) => option.shopId === shop.shopId && option.price.currency === input.currency,
    );
    shop.shippingOptions = shippingOptionsFor(shop, options, input.shippingChoices);
  }
  let freeShipping = new Set<string>();
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
    if (outcome.applies) freeShipping = outcome.freeShipping;
    promotion = {
      id: input.promotion.id,
      code: input.promotion.code,
      valid: outcome.applies,
      problem: outcome.applies ? null : outcome.problem,
    };
  }
  for (const shop of priced) {
    const selected = shop.shippingOptions.find((option) => option.selected) ?? null;
    shop.shippingMethodId = selected?.methodId ?? null;
    shop.freeShipping = selected !== null && freeShipping.has(shop.shopId);
    shop.shipping = selected === null || shop.freeShipping ? 0 : selected.price;
    shop.total = shop.subtotal - shop.discount + shop.shipping;
  }
  const sum = (pick: (shop: PricedCartShop) => number) =>
    priced.reduce((total, shop) => total + pick(shop), 0);
  return {
    buyerId: input.buyerId,
    currency: input.currency,
    shops: priced,
    subtotal: sum((shop) => shop.subtotal),
    discount: sum((shop) => shop.discount),
    shipping: sum((shop) => shop.shipping),
    total: sum((shop) => shop.total),
    promotion,
  };
}

/**
 * The shop's methods priced for its purchasable lines, cheapest first (ties keep the shop's
 * order), the buyer's choice selected if it is one of them, else the cheapest. A shop with no
 * purchasable line ships nothing and selects nothing.
 */
function shippingOptionsFor(
  shop: PricedCartShop,
  options: ShippingOption[],
  choices: Map<string, string>,
): CartShippingOption[] {
  const purchasable = shop.lines.filter((line) => line.purchasable);
  if (purchasable.length === 0) return [];
  const parcel = {
    subtotal: shop.subtotal,
    units: purchasable.reduce((sum, line) => sum + line.quantity, 0),
  };
  const priced = options
    .map((option) => ({
      methodId: option.id,
      name: option.name,
      carrier: option.carrier,
      pricing: option.pricing,
      price: shippingPrice(option, parcel),
      freeAbove: option.freeAbove,
      estimatedDaysMin: option.estimatedDaysMin,
      estimatedDaysMax: option.estimatedDaysMax,
      selected: false,
    }))
    .sort((a, b) => a.price - b.price);
  const chosen = choices.get(shop.shopId);
  const selected = priced.find((option) => option.methodId === chosen) ?? priced[0];
  if (selected) selected.selected = true;
  return priced;
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
