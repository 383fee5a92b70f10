import { DomainError, NotFoundError } from '@pasar/shared/domain';

export const savedReplyNotFound = (id?: string) =>
  new NotFoundError('CHAT.SAVED_REPLY_NOT_FOUND', 'Saved reply', id);

/** A saved reply's title or body breaks a rule (length, unknown variable). */
export class InvalidSavedReplyError extends DomainError {
  readonly code = 'CHAT.INVALID_SAVED_REPLY';
  readonly kind = 'invalid' as const;

  constructor(field: 'title' | 'body', reason: string, details: Record<string, unknown> = {}) {
    super(`${field} ${reason}`, { field, ...details });
  }
}

/** Another saved reply of the shop already has this title. */
export class SavedReplyTitleTakenError extends DomainError {
  readonly code = 'CHAT.SAVED_REPLY_TITLE_TAKEN';
  readonly kind = 'conflict' as const;

  constructor(title: string) {
    super(`The shop already has a saved reply titled "${title}"`, { field: 'title' });
  }
}

/** `{order_number}` used in a room that is about no order. */
export class OrderNumberUnavailableError extends DomainError {
  readonly code = 'CHAT.ORDER_NUMBER_UNAVAILABLE';
  readonly kind = 'unprocessable' as const;

  constructor() {
    super('The reply uses {order_number}, but this room is about no order', {
      variable: 'order_number',
    });
  }
}

/** Away mode or business-hours settings break a rule (time zone, hours, message). */
export class InvalidChatSettingsError extends DomainError {
  readonly code = 'CHAT.INVALID_SETTINGS';
  readonly kind = 'invalid' as const;

  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}
