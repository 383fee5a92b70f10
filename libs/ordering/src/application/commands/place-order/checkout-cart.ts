import { createHash } from 'node:crypto';
import { PricedCart, PricedCartShop } from '@pasar/cart';
import {
  EmptyCartError,
  PromotionNotApplicableError,
  ShippingMethodNotAvailableError,
  ShopNotShippableError,
  ShortLine,
  UnpurchasableLinesError,
} from '../../../domain/order/checkout.errors';
import { PlacementShop } from '../../../domain/order/placement';
import { ShippingSelection } from '../../../domain/shop-order/shipment';

/** The buyer's choice of one shop's shipping method. */
export interface ShippingChoice {
  shopId: string;
  methodId: string;
}

/**
 * What checkout takes from a priced cart (priced with `choices`); refuses a cart that cannot be
 * ordered as it is, a shop that cannot ship, and a choice the shop does not offer.
 */
export function checkoutCart(
  cart: PricedCart,
  choices: ShippingChoice[] = [],
): {
  currency: string;
  shops: PlacementShop[];
  promotion: { id: string; code: string } | null;
} {
  const lines = cart.shops.flatMap((shop) => shop.lines);
  if (lines.length === 0 || cart.currency === null) throw new EmptyCartError();
  const unpurchasable = lines.filter((line) => !line.purchasable);
  if (unpurchasable.length > 0) {
    throw new UnpurchasableLinesError(
      unpurchasable.map(({ lineId, offerId, productName, sku }) => ({
        lineId,
        offerId,
        productName,
        sku,
      })),
    );
  }
  if (cart.promotion && !cart.promotion.valid) {
    throw new PromotionNotApplicableError(
      cart.promotion.problem ?? 'ORDERING.PROMOTION_NOT_APPLICABLE',
      cart.promotion.code,
    );
  }
  assertShippable(cart, choices);
  return {
    currency: cart.currency,
    promotion: cart.promotion ? { id: cart.promotion.id, code: cart.promotion.code } : null,
    shops: cart.shops
      .filter((shop) => shop.lines.length > 0)
      .map((shop) => ({
        shopId: shop.shopId,
        shopName: shop.shopName,
        discount: shop.discount,
        shipping: shippingOf(shop),
        lines: shop.lines.map((line) => ({
          offerId: line.offerId,
          productId: line.productId,
          variantId: line.variantId,
          productName: line.productName,
          variantTitle: line.variantTitle,
          sku: line.sku,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
        })),
      })),
  };
}

/** Every choice names a shop of the cart and one of its methods; every shop can ship. */
function assertShippable(cart: PricedCart, choices: ShippingChoice[]): void {
  const chosen = new Set<string>();
  choices.forEach(({ shopId, methodId }, index) => {
    const field = `shippingMethods[${index}]`;
    const shop = cart.shops.find((s) => s.shopId === shopId);
    if (!shop) {
      throw new ShippingMethodNotAvailableError(
        `${field}.shopId`,
        shopId,
        methodId,
        `shop ${shopId} has nothing in the cart`,
      );
    }
    if (chosen.has(shopId)) {
      throw new ShippingMethodNotAvailableError(
        `${field}.shopId`,
        shopId,
        methodId,
        `shop ${shopId} is chosen for more than once`,
      );
    }
    chosen.add(shopId);
    if (!shop.shippingOptions.some((option) => option.methodId === methodId)) {
      throw new ShippingMethodNotAvailableError(
        `${field}.methodId`,
        shopId,
        methodId,
        `${methodId} is not an active shipping method of ${shop.shopName}`,
      );
    }
  });
  const stuck = cart.shops.find((shop) => shop.lines.length > 0 && shop.shippingMethodId === null);
  if (stuck) throw new ShopNotShippableError(stuck.shopId, stuck.shopName);
}

/** The selected method of a shop that assertShippable let through, with what it costs. */
function shippingOf(shop: PricedCartShop): ShippingSelection {
  const option = shop.shippingOptions.find((o) => o.methodId === shop.shippingMethodId)!;
  return {
    methodId: option.methodId,
    name: option.name,
    carrier: option.carrier,
    estimatedDaysMin: option.estimatedDaysMin,
    estimatedDaysMax: option.estimatedDaysMax,
    cost: shop.shipping,
  };
}

/** Names inventory's short (shop, variant) lines by the cart lines they came from. */
export function shortLines(
  cart: PricedCart,
  shortages: { shopId: string; variantId: string; requested: number; available: number }[],
): ShortLine[] {
  const lines = cart.shops.flatMap((shop) => shop.lines);
  return shortages.map((shortage) => {
    const line = lines.find(
      (l) => l.shopId === shortage.shopId && l.variantId === shortage.variantId,
    );
    return {
      shopId: shortage.shopId,
      variantId: shortage.variantId,
      offerId: line?.offerId ?? '',
      productId: line?.productId ?? '',
      productName: line?.productName ?? '',
      variantTitle: line?.variantTitle ?? '',
      sku: line?.sku ?? '',
      requested: shortage.requested,
      available: shortage.available,
    };
  });
}

/** The fingerprint of a checkout request's body, to tell a replay from a reused key. */
export function requestFingerprint(body: {
  shippingAddressId: string;
  paymentMethod: string;
  billingAddressId?: string | null;
  shippingMethods?: ShippingChoice[];
}) {
  const parts = [body.shippingAddressId.toLowerCase(), body.paymentMethod];
  // Appended only when given, so keys stored before billing addresses keep their fingerprint.
  if (body.billingAddressId) parts.push(`billing:${body.billingAddressId.toLowerCase()}`);
  // Likewise only when given; sorted by shop, so the order they were listed in does not matter.
  const shipping = (body.shippingMethods ?? [])
    .map(({ shopId, methodId }) => `${shopId.toLowerCase()}=${methodId.toLowerCase()}`)
    .sort();
  if (shipping.length > 0) parts.push(`shipping:${shipping.join(',')}`);
  const canonical = JSON.stringify(parts);
  return createHash('sha256').update(canonical).digest('hex');
}
