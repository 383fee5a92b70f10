import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { userNotFound } from '../../../domain/user/user.errors';
import { UserRepository } from '../../../domain/user/user.repository';
import { OtpIssuer } from '../../services/otp-issuer';
import { RequestEmailVerificationCommand } from './request-email-verification.command';

@CommandHandler(RequestEmailVerificationCommand)
export class RequestEmailVerificationHandler implements ICommandHandler<RequestEmailVerificationCommand> {
  constructor(
    private readonly users: UserRepository,
    private readonly otp: OtpIssuer,
  ) {}

  async execute({ userId }: RequestEmailVerificationCommand): Promise<{ expiresAt: Date }> {
    const user = await this.users.findById(userId);
    if (!user) throw userNotFound(userId);
    const challenge = await this.otp.issue(
      'email_verification',
      user.assertCanVerifyEmail(),
      'email',
    );
    return { expiresAt: challenge.expiresAt };
  }
}
