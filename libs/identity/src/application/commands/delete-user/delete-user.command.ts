import { Command } from '@nestjs/cqrs';

/**
 * How the owner proves it is them before deleting their account: the current password, or (when
 * `currentPassword` is null) a session that started within the last few minutes.
 */
export interface OwnerProof {
  sessionId: string;
  currentPassword: string | null;
}

/**
 * Deletes an account: anonymizes the user, revokes every session at once and publishes
 * `identity.user-deleted`. The owner gives `proof`; an admin (null proof) needs none.
 */
export class DeleteUserCommand extends Command<void> {
  constructor(
    readonly userId: string,
    readonly deletedBy: string,
    readonly proof: OwnerProof | null,
  ) {
    super();
  }
}
