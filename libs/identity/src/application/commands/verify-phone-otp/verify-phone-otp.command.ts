import { Command } from '@nestjs/cqrs';
import { TokenPairView } from '../../services/token-pair.view';

/** Signs in with a phone code; a number seen for the first time becomes a new buyer account. */
export class VerifyPhoneOtpCommand extends Command<
  TokenPairView & { userId: string; isNewUser: boolean }
> {
  constructor(
    readonly phone: string,
    readonly code: string,
  ) {
    super();
  }
}
