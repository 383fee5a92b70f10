import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig, TokenDenyList } from '@pasar/shared';
import { RefreshTokenFamilyRepository } from '../../../domain/session/refresh-token-family.repository';
import {
  RefreshTokenInvalidError,
  RefreshTokenReusedError,
} from '../../../domain/session/session.errors';
import { userNotFound } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import {
  hashSecret,
  newSecret,
  parseRefreshToken,
  SessionTokens,
} from '../../services/session-tokens';
import { TokenPairView } from '../../services/token-pair.view';
import { RefreshSessionCommand } from './refresh-session.command';

@CommandHandler(RefreshSessionCommand)
export class RefreshSessionHandler implements ICommandHandler<RefreshSessionCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly families: RefreshTokenFamilyRepository,
    private readonly users: UserRepository,
    private readonly sessions: SessionTokens,
    private readonly denyList: TokenDenyList,
    private readonly config: AppConfig,
  ) {}

  async execute(command: RefreshSessionCommand): Promise<TokenPairView> {
    const parsed = parseRefreshToken(command.refreshToken);
    if (!parsed) throw new RefreshTokenInvalidError('unknown');
    const next = newSecret();
    // The row lock makes two concurrent refreshes of one token resolve as one rotation and one reuse.
    const result = await this.em.transactional(async () => {
      const family = await this.families.findByIdForUpdate(parsed.familyId);
      if (!family) throw new RefreshTokenInvalidError('unknown');
      const outcome = family.rotate(hashSecret(parsed.secret), hashSecret(next), new Date());
      await this.families.save(family);
      return { family, outcome };
    });
    if (result.outcome === 'reuse_detected') {
      await this.denyList.denySessions([result.family.id], this.config.jwt.accessTtlSeconds);
      throw new RefreshTokenReusedError();
    }
    const user = await this.users.findById(result.family.userId);
    if (!user) throw userNotFound(result.family.userId);
    user.assertCanSignIn();
    return this.sessions.pair(user, result.family, next);
  }
}
