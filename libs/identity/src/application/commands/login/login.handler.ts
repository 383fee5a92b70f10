import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { normalizeEmail } from '../../../domain/user/contact';
import { InvalidCredentialsError } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { PasswordHasher } from '../../ports/password-hasher';
import { SessionTokens } from '../../services/session-tokens';
import { LoginCommand } from './login.command';

@CommandHandler(LoginCommand)
export class LoginHandler implements ICommandHandler<LoginCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionTokens,
  ) {}

  async execute(command: LoginCommand) {
    const user = await this.users.findByEmail(normalizeEmail(command.email));
    // Verify even without a user, so response time does not reveal which emails exist.
    const valid = await this.hasher.verify(user?.passwordHash ?? null, command.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    user.assertCanSignIn();
    const tokens = await this.sessions.start(user);
    return { ...tokens, userId: user.id, role: user.role };
  }
}
