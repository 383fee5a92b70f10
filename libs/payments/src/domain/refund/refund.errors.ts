import { DomainError } from '@pasar/shared/domain';

export class InvalidRefundError extends DomainError {
  readonly code = 'PAYMENTS.INVALID_REFUND';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(reason);
  }
}

/** Nothing to refund: the order has no succeeded payment. */
export class OrderNotPaidError extends DomainError {
  readonly code = 'PAYMENTS.ORDER_NOT_PAID';
  readonly kind = 'conflict';
  constructor(orderId: string) {
    super(`Order ${orderId} has no succeeded payment to refund`);
  }
}

/** Refunds of a payment never add up to more than it collected. */
export class RefundExceedsPaymentError extends DomainError {
  readonly code = 'PAYMENTS.REFUND_EXCEEDS_PAYMENT';
  readonly kind = 'unprocessable';
  constructor(requested: number, refundable: number) {
    super(`A refund of ${requested} exceeds the ${refundable} still refundable`, {
      requested,
      refundable,
    });
  }
}

/** The reference was already used for a refund of another amount. */
export class RefundReferenceConflictError extends DomainError {
  readonly code = 'PAYMENTS.REFUND_REFERENCE_CONFLICT';
  readonly kind = 'conflict';
  constructor(reference: string, amount: number) {
    super(`Refund ${reference} was already requested for ${amount}`, { reference, amount });
  }
}
