import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OtpIssuer } from '../../services/otp-issuer';
import { RequestPhoneOtpCommand } from './request-phone-otp.command';

@CommandHandler(RequestPhoneOtpCommand)
export class RequestPhoneOtpHandler implements ICommandHandler<RequestPhoneOtpCommand> {
  constructor(private readonly otp: OtpIssuer) {}

  async execute(command: RequestPhoneOtpCommand): Promise<{ expiresAt: Date }> {
    const challenge = await this.otp.issue('phone_sign_in', command.phone, 'sms');
    return { expiresAt: challenge.expiresAt };
  }
}
