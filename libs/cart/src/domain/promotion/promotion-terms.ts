import { PromotionProblem } from './promotion.errors';

/** `free_shipping` takes nothing off the goods: the covered shops ship for nothing. */
export const PROMOTION_KINDS = ['percent', 'fixed', 'free_shipping'] as const;
export type PromotionKind = (typeof PROMOTION_KINDS)[number];

/**
 * What decides whether a promotion applies and how much it takes off. The Promotion aggregate
 * has these fields; pricing reads them straight from SQL. Amounts are integer minor units.
 */
export interface PromotionTerms {
  kind: PromotionKind;
  /** 1–100 for `percent`, else null. */
  percent: number | null;
  /** The amount off for `fixed`, else null. */
  amount: number | null;
  /** Required for `fixed` and for a minimum subtotal; a cart in another currency does not qualify. */
  currency: string | null;
  /** null: every shop (platform-wide). */
  shopId: string | null;
  /** Of the whole cart, or of the shop's lines for a shop promotion. */
  minimumSubtotal: number;
  startsAt: Date;
  /** Exclusive; null: no end. */
  endsAt: Date | null;
  usageLimit: number | null;
  used: number;
  perBuyerLimit: number | null;
  active: boolean;
}

/** A cart as the promotion sees it: its currency and what each shop's sellable lines add up to. */
export interface CartSubtotals {
  currency: string | null;
  shops: { shopId: string; subtotal: number }[];
}

export type DiscountOutcome =
  | {
      applies: true;
      discount: number;
      shares: Map<string, number>;
      /** The shops that ship for nothing (a free-shipping promotion's eligible shops). */
      freeShipping: Set<string>;
    }
  | { applies: false; problem: PromotionProblem };

/** Whether the promotion can be used at all at `now` (switched on, inside its window). */
export function availabilityProblem(terms: PromotionTerms, now: Date): PromotionProblem | null {
  if (!terms.active) return 'CART.PROMOTION_INACTIVE';
  if (now.getTime() < terms.startsAt.getTime()) return 'CART.PROMOTION_NOT_STARTED';
  if (terms.endsAt !== null && now.getTime() >= terms.endsAt.getTime()) {
    return 'CART.PROMOTION_EXPIRED';
  }
  return null;
}

/** Whether uses are left, overall and for a buyer who has `buyerUses` unreleased redemptions. */
export function usageProblem(terms: PromotionTerms, buyerUses: number): PromotionProblem | null {
  if (terms.usageLimit !== null && terms.used >= terms.usageLimit) {
    return 'CART.PROMOTION_EXHAUSTED';
  }
  if (terms.perBuyerLimit !== null && buyerUses >= terms.perBuyerLimit) {
    return 'CART.PROMOTION_BUYER_LIMIT_REACHED';
  }
  return null;
}

/**
 * Everything that decides a promotion for a cart at `now`: availability, uses left, currency,
 * eligible lines and the minimum subtotal; then the discount and each shop's share of it.
 */
export function evaluatePromotion(
  terms: PromotionTerms,
  cart: CartSubtotals,
  now: Date,
  buyerUses: number,
): DiscountOutcome {
  const problem = availabilityProblem(terms, now) ?? usageProblem(terms, buyerUses);
  if (problem) return { applies: false, problem };
  if (terms.currency !== null && cart.currency !== null && terms.currency !== cart.currency) {
    return { applies: false, problem: 'CART.PROMOTION_CURRENCY_MISMATCH' };
  }
  const eligible = cart.shops.filter(
    (shop) => shop.subtotal > 0 && (terms.shopId === null || shop.shopId === terms.shopId),
  );
  const eligibleSubtotal = eligible.reduce((sum, shop) => sum + shop.subtotal, 0);
  if (eligibleSubtotal === 0) return { applies: false, problem: 'CART.PROMOTION_NOT_APPLICABLE' };
  if (eligibleSubtotal < terms.minimumSubtotal) {
    return { applies: false, problem: 'CART.PROMOTION_MINIMUM_NOT_MET' };
  }
  const discount = discountOn(terms, eligibleSubtotal);
  const freeShipping = new Set(
    terms.kind === 'free_shipping' ? eligible.map((shop) => shop.shopId) : [],
  );
  return { applies: true, discount, shares: splitDiscount(discount, eligible), freeShipping };
}

/**
 * The amount off an eligible subtotal: a percentage rounded down (never more than the rate),
 * or the fixed amount capped at the subtotal; nothing for free shipping. Never negative, never above the subtotal.
 */
export function discountOn(
  terms: Pick<PromotionTerms, 'kind' | 'percent' | 'amount'>,
  subtotal: number,
): number {
  if (subtotal <= 0 || terms.kind === 'free_shipping') return 0;
  if (terms.kind === 'percent') {
    return Number((BigInt(subtotal) * BigInt(terms.percent ?? 0)) / 100n);
  }
  return Math.min(terms.amount ?? 0, subtotal);
}

/**
 * Splits a discount over shops in proportion to their subtotals, in whole minor units that add
 * up exactly: each shop gets its share rounded down, and what rounding left over goes to the
 * largest subtotal first (never taking a shop below zero).
 */
export function splitDiscount(
  discount: number,
  shops: { shopId: string; subtotal: number }[],
): Map<string, number> {
  const total = shops.reduce((sum, shop) => sum + shop.subtotal, 0);
  const shares = new Map<string, number>();
  if (total <= 0 || discount <= 0) {
    for (const shop of shops) shares.set(shop.shopId, 0);
    return shares;
  }
  const capped = Math.min(discount, total);
  let given = 0;
  for (const shop of shops) {
    const share = Number((BigInt(capped) * BigInt(shop.subtotal)) / BigInt(total));
    shares.set(shop.shopId, share);
    given += share;
  }
  let remainder = capped - given;
  const largestFirst = [...shops].sort(
    (a, b) => b.subtotal - a.subtotal || a.shopId.localeCompare(b.shopId),
  );
  for (const shop of largestFirst) {
    if (remainder === 0) break;
    const share = shares.get(shop.shopId) ?? 0;
    const extra = Math.min(remainder, shop.subtotal - share);
    shares.set(shop.shopId, share + extra);
    remainder -= extra;
  }
  return shares;
}
