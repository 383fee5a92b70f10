import { OrderLine } from '../shop-order/shop-order-item.entity';
import { ShippingSelection } from '../shop-order/shipment';
import { ORDER_NUMBER } from './order-number';
import { InvalidOrderError } from './order.errors';
import { ShippingAddressFields } from './shipping-address.vo';

export const PAYMENT_METHODS = ['card', 'bank_transfer', 'ewallet'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const CURRENCY = /^[A-Z]{3}$/;

/** One shop's lines as checkout priced them, with the shop's share of the discount and its shipping. */
export interface PlacementShop {
  shopId: string;
  shopName: string;
  discount: number;
  shipping: ShippingSelection;
  lines: OrderLine[];
}

export interface Placement {
  buyerId: string;
  currency: string;
  shops: PlacementShop[];
  promotion: { id: string; code: string } | null;
  /** A fresh order number (newOrderNumber); checkout draws another if it is taken. */
  number: string;
  shippingAddress: ShippingAddressFields;
  /** Where the invoice goes: the buyer's billing address, or the shipping address. */
  billingAddress: ShippingAddressFields;
  paymentMethod: PaymentMethod;
  /** Until when the stock is held and the order can be paid. */
  expiresAt: Date;
  now: Date;
}

/** Checkout's placement holds together: what Order.place refuses with InvalidOrderError. */
export function assertPlaceable(placement: Placement): void {
  const { shops, currency, promotion, expiresAt, now } = placement;
  if (shops.length === 0) throw new InvalidOrderError('an order needs at least one shop');
  if (!ORDER_NUMBER.test(placement.number)) {
    throw new InvalidOrderError(`${placement.number} is not an order number`);
  }
  if (!CURRENCY.test(currency)) throw new InvalidOrderError(`currency ${currency} is not ISO 4217`);
  if (!(PAYMENT_METHODS as readonly string[]).includes(placement.paymentMethod)) {
    throw new InvalidOrderError(`unknown payment method ${placement.paymentMethod}`);
  }
  if (expiresAt.getTime() <= now.getTime()) {
    throw new InvalidOrderError('the payment window must end in the future');
  }
  if (new Set(shops.map((shop) => shop.shopId)).size !== shops.length) {
    throw new InvalidOrderError('each shop appears once');
  }
  for (const shop of shops) {
    if (shop.lines.length === 0) throw new InvalidOrderError(`shop ${shop.shopId} has no lines`);
    for (const line of shop.lines) {
      if (!Number.isInteger(line.quantity) || line.quantity <= 0) {
        throw new InvalidOrderError(`quantity of ${line.sku} must be a positive whole number`);
      }
      if (!Number.isSafeInteger(line.unitPrice) || line.unitPrice < 0) {
        throw new InvalidOrderError(`price of ${line.sku} must be whole minor units, not negative`);
      }
    }
    const subtotal = shop.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
    if (!Number.isSafeInteger(shop.discount) || shop.discount < 0 || shop.discount > subtotal) {
      throw new InvalidOrderError(`discount of shop ${shop.shopId} must be within its subtotal`);
    }
    if (!Number.isSafeInteger(shop.shipping.cost) || shop.shipping.cost < 0) {
      throw new InvalidOrderError(`shipping of shop ${shop.shopId} must be whole minor units`);
    }
    if (promotion === null && shop.discount !== 0) {
      throw new InvalidOrderError('a discount needs a promotion');
    }
  }
}
