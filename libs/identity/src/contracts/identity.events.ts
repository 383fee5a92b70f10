// Integration events of the identity context that other contexts consume through its public
// face. They leave through the outbox and arrive as BullMQ jobs named by `type`.
import { Role } from '@pasar/shared/domain';

export const USER_DELETED = 'identity.user-deleted';

/**
 * An account was deleted (anonymized, sessions revoked). Every context erases the personal data
 * it holds about `userId`; consumers must be idempotent.
 */
export interface UserDeletedPayload {
  userId: string;
  role: Role;
  /** The user themselves, or the admin who deleted the account. */
  deletedBy: string;
}
