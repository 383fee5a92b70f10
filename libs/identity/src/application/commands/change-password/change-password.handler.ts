import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { userNotFound, WrongPasswordError } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { ChangePasswordCommand } from './change-password.command';

/**
 * Changes the User and revokes its sessions in one transaction: a password change that left
 * a stolen session alive until some event consumer ran would not be a security measure.
 */
@CommandHandler(ChangePasswordCommand)
export class ChangePasswordHandler implements ICommandHandler<ChangePasswordCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UserRepository,
    private readonly families: RefreshTokenFamilyRepository,
    private readonly hasher: PasswordHasher,
    private readonly denyList: TokenDenyList,
    private readonly config: AppConfig,
  ) {}

  async execute(command: ChangePasswordCommand): Promise<void> {
    const revoked = await this.em.transactional(async () => {
      const user = await this.users.findById(command.userId);
      if (!user) throw userNotFound(command.userId);
      if (!(await this.hasher.verify(user.passwordHash, command.currentPassword))) {
        throw new WrongPasswordError();
      }
      const now = new Date();
      user.changePassword(await this.hasher.hash(command.newPassword), now);
      const sessions = await this.families.findActiveByUser(user.id, now);
      sessions.forEach((session) => session.revoke('password_changed', now));
      await this.users.save(user);
      await this.families.save(...sessions);
      return sessions.map((session) => session.id);
    });
    await this.denyList.denySessions(revoked, this.config.jwt.accessTtlSeconds);
  }
}
