import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class InvalidPaymentError extends DomainError {
  readonly code = 'PAYMENTS.INVALID_PAYMENT';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(reason);
  }
}

export class OrderAlreadyPaidError extends DomainError {
  readonly code = 'PAYMENTS.ORDER_ALREADY_PAID';
  readonly kind = 'conflict';
  constructor(orderId: string, paymentId: string) {
    super(`Order ${orderId} is already paid`, { paymentId });
  }
}

/** The provider answered a second, different intent for a payment that already has one. */
export class IntentMismatchError extends DomainError {
  readonly code = 'PAYMENTS.INTENT_MISMATCH';
  readonly kind = 'conflict';
  constructor(paymentId: string) {
    super(`Payment ${paymentId} already has another provider intent`);
  }
}

export const paymentNotFound = (id?: string) =>
  new NotFoundError('PAYMENTS.PAYMENT_NOT_FOUND', 'Payment', id);
