import { Command } from '@nestjs/cqrs';
import { TokenPairView } from '../../services/token-pair.view';

/** Exchanges a refresh token for a new pair (rotation); reuse revokes the session. */
export class RefreshSessionCommand extends Command<TokenPairView> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
