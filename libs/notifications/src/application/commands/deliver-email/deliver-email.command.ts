import { Command } from '@nestjs/cqrs';
import { EmailStatus } from '../../../domain/email/outgoing-email.aggregate';

/**
 * Sends a stored email (or records it when no SMTP server is configured). A failed attempt is
 * written down and rethrown so the job retries; after `finalAttempt` the email stays `failed`.
 */
export class DeliverEmailCommand extends Command<{ status: EmailStatus } | null> {
  constructor(
    readonly emailId: string,
    readonly finalAttempt: boolean,
  ) {
    super();
  }
}
