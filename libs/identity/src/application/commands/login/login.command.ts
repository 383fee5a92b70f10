import { Command } from '@nestjs/cqrs';
import { TokenPairView } from '../../services/token-pair.view';

export class LoginCommand extends Command<TokenPairView & { userId: string; role: string }> {
  constructor(
    readonly email: string,
    readonly password: string,
  ) {
    super();
  }
}
