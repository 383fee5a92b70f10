import { Order } from '../../domain/order/order.aggregate';
import { ShippingAddress } from '../../domain/order/shipping-address.vo';
import { deriveOrderStatus } from '../../domain/order/order-status';
import { ShopOrder } from '../../domain/shop-order/shop-order.aggregate';
import { ShopOrderStatus } from '../../domain/shop-order/shop-order-status';
import { OrderView, ShippingAddressView, ShopOrderView } from '../queries/get-order/order.view';

const iso = (date: Date | null) => (date === null ? null : date.toISOString());

/**
 * The view of an order held in memory: checkout answers with the order it has just placed
 * instead of reading it back. Same shape and ShopOrder order (shop name by code point, then id)
 * as OrderViews' SQL path; the checkout e2e spec compares the two.
 */
export function orderViewOf(order: Order): OrderView {
  const shopOrders = [...order.shopOrders.getItems()]
    .sort((a, b) => byCodePoint(a.shopName, b.shopName) || byCodePoint(a.id, b.id))
    .map(shopOrderViewOf);
  return {
    id: order.id,
    number: order.number,
    buyerId: order.buyerId,
    status: deriveOrderStatus(shopOrders.map((s) => s.status as ShopOrderStatus)),
    currency: order.currency,
    subtotal: order.subtotal,
    discount: order.discount,
    shipping: order.shipping,
    total: order.total,
    promotion:
      order.promotionId === null
        ? null
        : { id: order.promotionId, code: order.promotionCode ?? '' },
    shippingAddress: addressViewOf(order.shippingAddress),
    billingAddress: addressViewOf(order.billingAddress),
    paymentMethod: order.paymentMethod,
    expiresAt: order.expiresAt.toISOString(),
    placedAt: order.placedAt.toISOString(),
    paidAt: iso(order.paidAt),
    cancelledAt: iso(order.cancelledAt),
    cancelReason: order.cancelReason,
    shopOrders,
  };
}

function addressViewOf(address: ShippingAddress): ShippingAddressView {
  return {
    recipientName: address.recipientName,
    line1: address.line1,
    line2: address.line2,
    city: address.city,
    region: address.region,
    postalCode: address.postalCode,
    countryCode: address.countryCode,
    phone: address.phone,
  };
}

function shopOrderViewOf(shopOrder: ShopOrder): ShopOrderView {
  return {
    id: shopOrder.id,
    orderId: shopOrder.orderId,
    shopId: shopOrder.shopId,
    shopName: shopOrder.shopName,
    status: shopOrder.status,
    currency: shopOrder.currency,
    subtotal: shopOrder.subtotal,
    discount: shopOrder.discount,
    shipping: shopOrder.shipping,
    total: shopOrder.total,
    shippingMethod:
      shopOrder.shippingMethodId === null
        ? null
        : {
            id: shopOrder.shippingMethodId,
            name: shopOrder.shippingMethodName ?? '',
            carrier: shopOrder.shippingMethodCarrier ?? '',
            estimatedDaysMin: shopOrder.shippingDaysMin ?? 0,
            estimatedDaysMax: shopOrder.shippingDaysMax ?? 0,
          },
    items: [...shopOrder.items.getItems()]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        id: item.id,
        offerId: item.offerId,
        productId: item.productId,
        variantId: item.variantId,
        productName: item.productName,
        variantTitle: item.variantTitle,
        sku: item.sku,
        quantity: item.quantity,
        unitPrice: item.unitPrice,
        lineTotal: item.lineTotal,
      })),
    carrier: shopOrder.carrier,
    trackingNumber: shopOrder.trackingNumber,
    placedAt: shopOrder.placedAt.toISOString(),
    paidAt: iso(shopOrder.paidAt),
    shippedAt: iso(shopOrder.shippedAt),
    deliveredAt: iso(shopOrder.deliveredAt),
    completedAt: iso(shopOrder.completedAt),
    cancelledAt: iso(shopOrder.cancelledAt),
    cancelReason: shopOrder.cancelReason,
    cancelNote: shopOrder.cancelNote,
  };
}

/** PostgreSQL's `collate "C"` order: by code point (JS `<` compares UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}
