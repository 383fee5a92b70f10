import { createHash } from 'node:crypto';
import { PricedCart } from '@pasar/cart';
import {
  EmptyCartError,
  PromotionNotApplicableError,
  ShortLine,
  UnpurchasableLinesError,
} from '../../../domain/order/checkout.errors';
import { PlacementShop } from '../../../domain/order/order.aggregate';

/** What checkout takes from a priced cart; refuses a cart that cannot be ordered as it is. */
export function checkoutCart(cart: PricedCart): {
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
  return {
    currency: cart.currency,
    promotion: cart.promotion ? { id: cart.promotion.id, code: cart.promotion.code } : null,
    shops: cart.shops
      .filter((shop) => shop.lines.length > 0)
      .map((shop) => ({
        shopId: shop.shopId,
        shopName: shop.shopName,
        discount: shop.discount,
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
export function requestFingerprint(body: { shippingAddressId: string; paymentMethod: string }) {
  const canonical = JSON.stringify([body.shippingAddressId.toLowerCase(), body.paymentMethod]);
  return createHash('sha256').update(canonical).digest('hex');
}
