import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { userNotFound } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { OtpVerifier } from '../../services/otp-verifier';
import { ConfirmEmailVerificationCommand } from './confirm-email-verification.command';

@CommandHandler(ConfirmEmailVerificationCommand)
export class ConfirmEmailVerificationHandler implements ICommandHandler<ConfirmEmailVerificationCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly verifier: OtpVerifier,
  ) {}

  async execute({ userId, code }: ConfirmEmailVerificationCommand): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw userNotFound(userId);
    const email = user.assertCanVerifyEmail();
    await this.verifier.verify('email_verification', email, code, async (now) => {
      const locked = await this.users.findByIdForUpdate(userId);
      if (!locked) throw userNotFound(userId);
      locked.verifyEmail(now);
      await this.users.save(locked);
    });
  }
}
