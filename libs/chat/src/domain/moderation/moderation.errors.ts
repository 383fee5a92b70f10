import { DomainError, NotFoundError } from '@pasar/shared/domain';

export const caseNotFound = (id?: string) =>
  new NotFoundError('CHAT.MODERATION_CASE_NOT_FOUND', 'Moderation case', id);

/** A case is resolved once. */
export class CaseAlreadyResolvedError extends DomainError {
  readonly code = 'CHAT.CASE_ALREADY_RESOLVED';
  readonly kind = 'conflict' as const;

  constructor(id: string) {
    super(`Moderation case ${id} is already resolved`);
  }
}

/** Text an admin or reporter wrote that is too long or empty where required. */
export class InvalidModerationNoteError extends DomainError {
  readonly code = 'CHAT.INVALID_NOTE';
  readonly kind = 'invalid' as const;

  constructor(field: string, reason: string) {
    super(`${field} ${reason}`, { field });
  }
}
