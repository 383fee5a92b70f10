import { DomainError, NotFoundError } from '@pasar/shared/domain';

/** The provider is down, too slow, or its circuit is open: nothing was done; try again later. */
export class PaymentProviderUnavailableError extends DomainError {
  readonly code = 'PAYMENTS.PROVIDER_UNAVAILABLE';
  readonly kind = 'unavailable';
  constructor(reason: string) {
    super(`The payment provider is unavailable; try again later (${reason})`);
  }
}

/** The provider refused the request itself (retrying the same request will not help). */
export class PaymentProviderRejectedError extends DomainError {
  readonly code = 'PAYMENTS.PROVIDER_REJECTED';
  readonly kind = 'unprocessable';
  constructor(reason: string) {
    super(`The payment provider refused the request: ${reason}`, { reason });
  }
}

export class InvalidWebhookSignatureError extends DomainError {
  readonly code = 'PAYMENTS.INVALID_SIGNATURE';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(`The webhook signature is invalid: ${reason}`);
  }
}

/** A webhook route for a provider that is not the configured one. */
export const providerNotFound = (name: string) =>
  new NotFoundError('PAYMENTS.PROVIDER_NOT_FOUND', 'Payment provider', name);

/** A correctly signed webhook whose body is not an event Pasar can read. */
export class InvalidWebhookEventError extends DomainError {
  readonly code = 'PAYMENTS.INVALID_WEBHOOK_EVENT';
  readonly kind = 'invalid';
  constructor(reason: string) {
    super(`The webhook event is malformed: ${reason}`);
  }
}

export const intentNotFound = (id: string) =>
  new NotFoundError('PAYMENTS.INTENT_NOT_FOUND', 'Payment intent', id);
