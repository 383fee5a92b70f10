import { DomainError, NotFoundError } from '@pasar/shared/domain';

export class EmailTakenError extends DomainError {
  readonly code = 'IDENTITY.EMAIL_TAKEN';
  readonly kind = 'conflict';
  constructor(email: string) {
    super(`An account with email ${email} already exists`, { field: 'email' });
  }
}

export class InvalidCredentialsError extends DomainError {
  readonly code = 'IDENTITY.INVALID_CREDENTIALS';
  readonly kind = 'unauthenticated';
  constructor() {
    super('Email or password is wrong');
  }
}

export class WrongPasswordError extends DomainError {
  readonly code = 'IDENTITY.WRONG_PASSWORD';
  readonly kind = 'unprocessable';
  constructor() {
    super('The current password is wrong', { field: 'currentPassword' });
  }
}

export class NoPasswordError extends DomainError {
  readonly code = 'IDENTITY.NO_PASSWORD';
  readonly kind = 'unprocessable';
  constructor() {
    super('This account signs in by phone and has no password to change');
  }
}

export class EmailAlreadyVerifiedError extends DomainError {
  readonly code = 'IDENTITY.EMAIL_ALREADY_VERIFIED';
  readonly kind = 'conflict';
  constructor() {
    super('The email address is already verified');
  }
}

export class NoEmailError extends DomainError {
  readonly code = 'IDENTITY.NO_EMAIL';
  readonly kind = 'unprocessable';
  constructor() {
    super('This account has no email address to verify');
  }
}

export class AddressLimitError extends DomainError {
  readonly code = 'IDENTITY.ADDRESS_LIMIT';
  readonly kind = 'unprocessable';
  constructor(limit: number) {
    super(`An address book holds at most ${limit} addresses`);
  }
}

export class UserBannedError extends DomainError {
  readonly code = 'IDENTITY.USER_BANNED';
  readonly kind = 'forbidden';
  constructor() {
    super('This account is banned');
  }
}

/** The account was deleted: no session may start for it again. */
export class UserDeletedError extends DomainError {
  readonly code = 'IDENTITY.USER_DELETED';
  readonly kind = 'unauthenticated';
  constructor() {
    super('This account was deleted');
  }
}

/** Deleting an account takes the current password, or a sign-in within the last few minutes. */
export class ReauthenticationRequiredError extends DomainError {
  readonly code = 'IDENTITY.REAUTHENTICATION_REQUIRED';
  readonly kind = 'forbidden';
  constructor(recentLoginSeconds: number) {
    super(
      `Give currentPassword, or sign in again: this session started more than ${recentLoginSeconds} seconds ago`,
      { field: 'currentPassword', recentLoginSeconds },
    );
  }
}

export class CannotBanSelfError extends DomainError {
  readonly code = 'IDENTITY.CANNOT_BAN_SELF';
  readonly kind = 'unprocessable';
  constructor() {
    super('An admin cannot ban their own account');
  }
}

export const userNotFound = (id?: string) =>
  new NotFoundError('IDENTITY.USER_NOT_FOUND', 'User', id);
export const addressNotFound = (id?: string) =>
  new NotFoundError('IDENTITY.ADDRESS_NOT_FOUND', 'Address', id);
