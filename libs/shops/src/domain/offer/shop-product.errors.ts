import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class InvalidMoneyError extends DomainError {
  readonly code = 'SHOPS.INVALID_MONEY';
  readonly kind = 'invalid';
}

export class OfferExistsError extends DomainError {
  readonly code = 'SHOPS.OFFER_EXISTS';
  readonly kind = 'conflict';
  constructor(variantId: string) {
    super(`The shop already offers variant ${variantId}; change that offer instead`, {
      field: 'variantId',
    });
  }
}

export class UnknownVariantError extends DomainError {
  readonly code = 'SHOPS.VARIANT_NOT_FOUND';
  readonly kind = 'unprocessable';
  constructor(variantId: string) {
    super(`Variant ${variantId} is not in the catalog`, { field: 'variantId' });
  }
}

export class ArchivedVariantError extends DomainError {
  readonly code = 'SHOPS.VARIANT_ARCHIVED';
  readonly kind = 'unprocessable';
  constructor(variantId: string) {
    super(`Variant ${variantId} belongs to an archived product and cannot be offered`, {
      field: 'variantId',
    });
  }
}

export class CurrencyMismatchError extends DomainError {
  readonly code = 'SHOPS.CURRENCY_MISMATCH';
  readonly kind = 'unprocessable';
  constructor() {
    super('The compare-at price must be in the currency of the price', {
      field: 'compareAtPrice',
    });
  }
}

export class CompareAtPriceNotAbovePriceError extends DomainError {
  readonly code = 'SHOPS.COMPARE_AT_PRICE_NOT_ABOVE_PRICE';
  readonly kind = 'unprocessable';
  constructor() {
    super('The compare-at price must be greater than the price', { field: 'compareAtPrice' });
  }
}

export const offerNotFound = (id?: string) =>
  new NotFoundError('SHOPS.OFFER_NOT_FOUND', 'Offer', id);
