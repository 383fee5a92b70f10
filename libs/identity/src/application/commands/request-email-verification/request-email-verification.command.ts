import { Command } from '@nestjs/cqrs';

/** Sends a code to the user's email address to prove they own it. */
export class RequestEmailVerificationCommand extends Command<{ expiresAt: Date }> {
  constructor(readonly userId: string) {
    super();
  }
}
