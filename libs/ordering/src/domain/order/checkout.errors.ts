import { DomainError } from '@pasar/shared/domain';

export class EmptyCartError extends DomainError {
  readonly code = 'ORDERING.EMPTY_CART';
  readonly kind = 'unprocessable';
  constructor() {
    super('The cart is empty; add something before checking out');
  }
}

/** A cart line whose offer, shop or product can no longer be bought. */
export interface UnpurchasableLine {
  lineId: string;
  offerId: string;
  productName: string;
  sku: string;
}

export class UnpurchasableLinesError extends DomainError {
  readonly code = 'ORDERING.UNPURCHASABLE_LINES';
  readonly kind = 'conflict';
  constructor(lines: UnpurchasableLine[]) {
    super(
      `${lines.length} cart line(s) can no longer be bought: ${lines.map((l) => l.sku).join(', ')}`,
      { lines },
    );
  }
}

/** The cart's promotion no longer applies; `code` is the cart's own problem code. */
export class PromotionNotApplicableError extends DomainError {
  readonly kind = 'unprocessable';
  constructor(
    readonly code: string,
    promotionCode: string,
  ) {
    super(`Promotion ${promotionCode} no longer applies to this cart; remove it or fix the cart`, {
      promotionCode,
    });
  }
}

export class ShippingAddressNotFoundError extends DomainError {
  readonly code = 'ORDERING.SHIPPING_ADDRESS_NOT_FOUND';
  readonly kind = 'unprocessable';
  constructor(addressId: string) {
    super(`Address ${addressId} is not in your address book`, {
      field: 'shippingAddressId',
      addressId,
    });
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  readonly code = 'ORDERING.IDEMPOTENCY_KEY_REUSED';
  readonly kind = 'unprocessable';
  constructor() {
    super('This Idempotency-Key was already used for a different checkout request');
  }
}

/** A short line of a checkout, named for the buyer, with what the shop can still sell. */
export interface ShortLine {
  shopId: string;
  offerId: string;
  variantId: string;
  productId: string;
  productName: string;
  variantTitle: string;
  sku: string;
  requested: number;
  available: number;
}

/**
 * Checkout could not reserve every line. Keeps inventory's stable code (clients already switch
 * on it) and names each short line by product and SKU.
 */
export class CheckoutOutOfStockError extends DomainError {
  readonly code = 'INVENTORY.INSUFFICIENT_STOCK';
  readonly kind = 'conflict';
  constructor(lines: ShortLine[]) {
    super(
      `Not enough stock for ${lines
        .map((l) => `${l.productName} (${l.sku}): ${l.available} available, ${l.requested} wanted`)
        .join('; ')}`,
      { lines },
    );
  }
}

export class BillingAddressNotFoundError extends DomainError {
  readonly code = 'ORDERING.BILLING_ADDRESS_NOT_FOUND';
  readonly kind = 'unprocessable';
  constructor(addressId: string) {
    super(`Address ${addressId} is not in your address book`, {
      field: 'billingAddressId',
      addressId,
    });
  }
}

/** A shipping address id names a billing address, or the other way round. */
export class WrongAddressTypeError extends DomainError {
  readonly code = 'ORDERING.WRONG_ADDRESS_TYPE';
  readonly kind = 'unprocessable';
  constructor(field: 'shippingAddressId' | 'billingAddressId', addressId: string, type: string) {
    const wanted = field === 'shippingAddressId' ? 'shipping' : 'billing';
    super(`${field} must name a ${wanted} address; address ${addressId} is a ${type} address`, {
      field,
      addressId,
      expected: wanted,
      actual: type,
    });
  }
}

/** A shop in the cart has no active shipping method, so its offers cannot be bought. */
export class ShopNotShippableError extends DomainError {
  readonly code = 'ORDERING.SHOP_NOT_SHIPPABLE';
  readonly kind = 'unprocessable';
  constructor(shopId: string, shopName: string) {
    super(`${shopName} has no active shipping method, so its lines cannot be ordered`, {
      shopId,
      shopName,
    });
  }
}

/** A chosen shipping method is not one the named shop offers for this cart (another shop's, inactive, unknown). */
export class ShippingMethodNotAvailableError extends DomainError {
  readonly code = 'ORDERING.SHIPPING_METHOD_NOT_AVAILABLE';
  readonly kind = 'unprocessable';
  constructor(field: string, shopId: string, methodId: string, why: string) {
    super(`${field}: ${why}`, { field, shopId, methodId });
  }
}
