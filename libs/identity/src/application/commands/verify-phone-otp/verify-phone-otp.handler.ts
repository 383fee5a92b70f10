import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { User } from '../../../domain/user/user.aggregate';
import { UserRepository } from '../../../domain/user/user.repository';
import { OtpVerifier } from '../../services/otp-verifier';
import { SessionTokens } from '../../services/session-tokens';
import { VerifyPhoneOtpCommand } from './verify-phone-otp.command';

@CommandHandler(VerifyPhoneOtpCommand)
export class VerifyPhoneOtpHandler implements ICommandHandler<VerifyPhoneOtpCommand> {
  constructor(
    private readonly verifier: OtpVerifier,
    private readonly users: UserRepository,
    private readonly sessions: SessionTokens,
  ) {}

  execute({ phone, code }: VerifyPhoneOtpCommand) {
    return this.verifier.verify('phone_sign_in', phone, code, async (now) => {
      const existing = await this.users.findByPhone(phone);
      const user = existing ?? User.registerByPhone({ phone, now });
      user.assertCanSignIn();
      user.markPhoneVerified(now);
      await this.users.save(user);
      const tokens = await this.sessions.start(user);
      return { ...tokens, userId: user.id, isNewUser: existing === null };
    });
  }
}
