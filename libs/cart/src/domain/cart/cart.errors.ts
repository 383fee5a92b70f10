import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class InvalidQuantityError extends DomainError {
  readonly code = 'CART.INVALID_QUANTITY';
  readonly kind = 'invalid';
  constructor(min: number, max: number) {
    super(`quantity must be a whole number from ${min} to ${max}`, { field: 'quantity', min, max });
  }
}

/** Adding to a line would take it above the most one line may hold. */
export class QuantityLimitError extends DomainError {
  readonly code = 'CART.QUANTITY_LIMIT';
  readonly kind = 'unprocessable';
  constructor(max: number, inCart: number) {
    super(`A line holds at most ${max} units; the cart already has ${inCart} of this offer`, {
      field: 'quantity',
      max,
      inCart,
    });
  }
}

export class LineLimitError extends DomainError {
  readonly code = 'CART.LINE_LIMIT';
  readonly kind = 'unprocessable';
  constructor(max: number) {
    super(`A cart holds at most ${max} lines`, { max });
  }
}

/** A cart is priced in one currency; an offer in another cannot join it. */
export class CartCurrencyMismatchError extends DomainError {
  readonly code = 'CART.CURRENCY_MISMATCH';
  readonly kind = 'unprocessable';
  constructor(cartCurrency: string, offerCurrency: string) {
    super(`The cart is in ${cartCurrency}; this offer is priced in ${offerCurrency}`, {
      cartCurrency,
      offerCurrency,
    });
  }
}

export type UnavailableReason = 'offer_inactive' | 'shop_inactive' | 'product_inactive';

/** The offer exists but cannot be bought now. */
export class OfferUnavailableError extends DomainError {
  readonly code = 'CART.OFFER_UNAVAILABLE';
  readonly kind = 'unprocessable';
  constructor(offerId: string, reason: UnavailableReason) {
    super(`Offer ${offerId} cannot be bought now (${reason.replace('_', ' ')})`, {
      offerId,
      reason,
    });
  }
}

/** The shop has no active shipping method in the offer's currency, so nothing of it can be bought. */
export class ShopNotShippableError extends DomainError {
  readonly code = 'CART.SHOP_NOT_SHIPPABLE';
  readonly kind = 'unprocessable';
  constructor(shopId: string, shopName: string) {
    super(`${shopName} has no active shipping method yet, so its offers cannot be bought`, {
      shopId,
      shopName,
    });
  }
}

/** The shop cannot sell that many now; `details.available` says how many it can. */
export class InsufficientStockError extends DomainError {
  readonly code = 'CART.INSUFFICIENT_STOCK';
  readonly kind = 'conflict';
  constructor(offerId: string, requested: number, available: number) {
    super(`Only ${available} unit(s) available, ${requested} wanted`, {
      offerId,
      requested,
      available,
    });
  }
}

export const lineNotFound = (id?: string) =>
  new NotFoundError('CART.LINE_NOT_FOUND', 'Cart line', id);
export const offerNotFound = (id?: string) =>
  new NotFoundError('CART.OFFER_NOT_FOUND', 'Offer', id);
