import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { userNotFound } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { BanUserCommand } from './ban-user.command';

/**
 * Bans the User and revokes its refresh families in one transaction, then denies the access
 * tokens already issued for those sessions, so the ban takes effect on the next request.
 */
@CommandHandler(BanUserCommand)
export class BanUserHandler implements ICommandHandler<BanUserCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly users: UserRepository,
    private readonly families: RefreshTokenFamilyRepository,
    private readonly denyList: TokenDenyList,
    private readonly config: AppConfig,
  ) {}

  async execute({ userId, adminId }: BanUserCommand): Promise<void> {
    const revoked = await this.em.transactional(async () => {
      const user = await this.users.findByIdForUpdate(userId);
      if (!user) throw userNotFound(userId);
      const now = new Date();
      user.ban(adminId, now);
      const sessions = await this.families.findActiveByUser(user.id, now);
      sessions.forEach((session) => session.revoke('banned', now));
      await this.users.save(user);
      await this.families.save(...sessions);
      return sessions.map((session) => session.id);
    });
    await this.denyList.denySessions(revoked, this.config.jwt.accessTtlSeconds);
  }
}
