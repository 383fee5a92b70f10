import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { User } from '../../../domain/user/user.aggregate';
import {
  ReauthenticationRequiredError,
  userNotFound,
  WrongPasswordError,
} from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { DeleteUserCommand, OwnerProof } from './delete-user.command';

/** A session that started (signed in) this recently may delete its account without a password. */
export const RECENT_LOGIN_SECONDS = 300;

/**
 * Deletes the User and revokes its refresh families in one transaction, then denies the access
 * tokens already issued for those sessions, as a ban does. Chat and notifications erase their
 * data about the user when `identity.user-deleted` reaches them.
 */
@CommandHandler(DeleteUserCommand)
export class DeleteUserHandler implements ICommandHandler<DeleteUserCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UserRepository,
    private readonly families: RefreshTokenFamilyRepository,
    private readonly hasher: PasswordHasher,
    private readonly denyList: TokenDenyList,
    private readonly config: AppConfig,
  ) {}

  async execute({ userId, deletedBy, proof }: DeleteUserCommand): Promise<void> {
    const revoked = await this.em.transactional(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user) throw userNotFound(userId);
      const now = new Date();
      if (proof) await this.checkOwner(user, proof, now);
      user.delete(deletedBy, now);
      const sessions = await this.families.findActiveByUser(user.id, now);
      sessions.forEach((session) => session.revoke('account_deleted', now));
      await this.users.save(user);
      await this.families.save(...sessions);
      return sessions.map((session) => session.id);
    });
    await this.denyList.denySessions(revoked, this.config.jwt.accessTtlSeconds);
  }

  private async checkOwner(user: User, proof: OwnerProof, now: Date): Promise<void> {
    if (proof.currentPassword !== null) {
      if (!(await this.hasher.verify(user.passwordHash, proof.currentPassword))) {
        throw new WrongPasswordError();
      }
      return;
    }
    const session = await this.families.findByIdForUpdate(proof.sessionId);
    const recent = now.getTime() - RECENT_LOGIN_SECONDS * 1000;
    if (!session || session.createdAt.getTime() < recent) {
      throw new ReauthenticationRequiredError(RECENT_LOGIN_SECONDS);
    }
  }
}
