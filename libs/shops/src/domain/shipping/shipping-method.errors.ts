import { DomainError, NotFoundError } from '@pasar/shared/domain';

export type ShippingMethodField =
  'name' | 'carrier' | 'pricing' | 'price' | 'freeAbove' | 'estimatedDaysMin' | 'estimatedDaysMax';

export class InvalidShippingMethodError extends DomainError {
  readonly code = 'SHOPS.INVALID_SHIPPING_METHOD';
  readonly kind = 'invalid';
  constructor(field: ShippingMethodField, message: string) {
    super(message, { field });
  }
}

export const shippingMethodNotFound = (id?: string) =>
  new NotFoundError('SHOPS.SHIPPING_METHOD_NOT_FOUND', 'Shipping method', id);
