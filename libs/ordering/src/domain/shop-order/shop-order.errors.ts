import { DomainError, NotFoundError } from '@pasar/shared/domain';

/** The status machine does not allow this change from where the ShopOrder (or order) is now. */
export class IllegalTransitionError extends DomainError {
  readonly code = 'ORDERING.ILLEGAL_TRANSITION';
  readonly kind = 'conflict';
  constructor(from: string, to: string, reason?: string) {
    super(
      reason
        ? `Cannot go from ${from} to ${to} for reason ${reason}`
        : `Cannot go from ${from} to ${to}`,
      reason ? { from, to, reason } : { from, to },
    );
  }
}

export class InvalidShipmentError extends DomainError {
  readonly code = 'ORDERING.INVALID_SHIPMENT';
  readonly kind = 'invalid';
  constructor(field: 'carrier' | 'trackingNumber', max: number) {
    super(`${field} is required to ship, 1 to ${max} characters`, { field });
  }
}

export const shopOrderNotFound = (id?: string) =>
  new NotFoundError('ORDERING.SHOP_ORDER_NOT_FOUND', 'Shop order', id);
export const shopNotFound = (id?: string) =>
  new NotFoundError('ORDERING.SHOP_NOT_FOUND', 'Shop', id);
