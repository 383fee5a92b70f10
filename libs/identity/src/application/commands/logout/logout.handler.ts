import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import { LogoutCommand } from './logout.command';

@CommandHandler(LogoutCommand)
export class LogoutHandler implements ICommandHandler<LogoutCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly families: RefreshTokenFamilyRepository,
    private readonly denyList: TokenDenyList,
    private readonly config: AppConfig,
  ) {}

  async execute({ actor }: LogoutCommand): Promise<void> {
    await this.em.transactional(async () => {
      const family = await this.families.findByIdForUpdate(actor.sessionId);
      if (!family) return;
      family.revoke('logout', new Date());
      await this.families.save(family);
    });
    await this.denyList.denyToken(actor.tokenId, actor.tokenExpiresAt);
    await this.denyList.denySessions([actor.sessionId], this.config.jwt.accessTtlSeconds);
  }
}
