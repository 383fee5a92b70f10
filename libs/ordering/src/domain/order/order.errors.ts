import { DomainError, NotFoundError } from '@pasar/shared/domain';

/** Checkout produced an order that breaks an invariant (amounts, lines, expiry). */
export class InvalidOrderError extends DomainError {
  readonly code = 'ORDERING.INVALID_ORDER';
  readonly kind = 'unprocessable';
  constructor(reason: string) {
    super(reason);
  }
}

/** A payment intent is asked for an order that no longer awaits payment, or too late. */
export class OrderNotPayableError extends DomainError {
  readonly code = 'ORDERING.ORDER_NOT_PAYABLE';
  readonly kind = 'conflict';
  constructor(status: string, expiresAt: Date) {
    super(
      status === 'pending_payment'
        ? `The payment window closed at ${expiresAt.toISOString()}`
        : `The order is ${status}; only an order awaiting payment can be paid`,
      { status, expiresAt: expiresAt.toISOString() },
    );
  }
}

export const orderNotFound = (id?: string) =>
  new NotFoundError('ORDERING.ORDER_NOT_FOUND', 'Order', id);
