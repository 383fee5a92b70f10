import { DomainError } from '@pasar/shared/domain';

/** Contact-filter settings an admin sent that break a rule (the field is named). */
export class InvalidContactFilterError extends DomainError {
  readonly code = 'CHAT.INVALID_CONTACT_FILTER';
  readonly kind = 'unprocessable' as const;

  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}

/** Another admin changed the rules since these were read; read them again. */
export class ContactFilterChangedError extends DomainError {
  readonly code = 'CHAT.CONTACT_FILTER_CHANGED';
  readonly kind = 'conflict' as const;

  constructor() {
    super('The contact-filter rules were changed meanwhile; read them and try again');
  }
}
