import { Command } from '@nestjs/cqrs';

/** Sends a sign-in code by SMS to a phone number (E.164, already validated). */
export class RequestPhoneOtpCommand extends Command<{ expiresAt: Date }> {
  constructor(readonly phone: string) {
    super();
  }
}
