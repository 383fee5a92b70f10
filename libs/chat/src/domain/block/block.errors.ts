import { DomainError, NotFoundError } from '@pasar/shared/domain';

export const blockNotFound = () => new NotFoundError('CHAT.BLOCK_NOT_FOUND', 'Block');

/** The buyer blocked the shop or the shop blocked the buyer: no new messages, no new rooms. */
export class BlockedError extends DomainError {
  readonly code = 'CHAT.BLOCKED';
  readonly kind = 'forbidden' as const;

  constructor() {
    super('The buyer and the shop have a block between them; no new messages or rooms');
  }
}
