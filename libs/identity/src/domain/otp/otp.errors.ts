import { DomainError } from '@pasar/shared/domain';

export class OtpInvalidError extends DomainError {
  readonly code = 'IDENTITY.OTP_INVALID';
  readonly kind = 'unprocessable';
  constructor(attemptsLeft: number) {
    super(`The code is wrong; ${attemptsLeft} attempt(s) left`, { field: 'code', attemptsLeft });
  }
}

export class OtpExpiredError extends DomainError {
  readonly code = 'IDENTITY.OTP_EXPIRED';
  readonly kind = 'unprocessable';
  constructor() {
    super('The code has expired or was already used; request a new one', { field: 'code' });
  }
}

export class OtpAttemptsExceededError extends DomainError {
  readonly code = 'IDENTITY.OTP_ATTEMPTS_EXCEEDED';
  readonly kind = 'too_many_requests';
  constructor() {
    super('Too many wrong codes; request a new one', { field: 'code' });
  }
}

export class OtpNotRequestedError extends DomainError {
  readonly code = 'IDENTITY.OTP_NOT_REQUESTED';
  readonly kind = 'unprocessable';
  constructor() {
    super('No code was requested for this number, or it has expired; request a new one');
  }
}

export class OtpResendLimitError extends DomainError {
  readonly code = 'IDENTITY.OTP_RESEND_LIMIT';
  readonly kind = 'too_many_requests';
  constructor(retryAfterSeconds: number) {
    super(`Too many codes requested; try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
