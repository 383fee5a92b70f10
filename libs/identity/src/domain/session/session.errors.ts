import { DomainError } from '@pasar/shared/domain';

export class RefreshTokenInvalidError extends DomainError {
  readonly code = 'IDENTITY.REFRESH_TOKEN_INVALID';
  readonly kind = 'unauthenticated';
  constructor(reason: 'unknown' | 'expired' | 'revoked') {
    super(`The refresh token is ${reason === 'unknown' ? 'not valid' : reason}; sign in again`, {
      reason,
    });
  }
}

export class RefreshTokenReusedError extends DomainError {
  readonly code = 'IDENTITY.REFRESH_TOKEN_REUSED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('This refresh token was already used; the session has been revoked for safety');
  }
}
