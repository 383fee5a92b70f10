import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EntityManager } from '@mikro-orm/postgresql';
import { EmailStatus } from '../../../domain/email/outgoing-email.aggregate';
import { OutgoingEmailRepository } from '../../../domain/email/outgoing-email.repository';
import { Mailer } from '../../ports/mailer';
import { DeliverEmailCommand } from './deliver-email.command';

@CommandHandler(DeliverEmailCommand)
export class DeliverEmailHandler implements ICommandHandler<DeliverEmailCommand> {
  constructor(
    private readonly em: EntityManager,
    private readonly emails: OutgoingEmailRepository,
    private readonly mailer: Mailer,
  ) {}

  async execute({ emailId, finalAttempt }: DeliverEmailCommand) {
    // The row lock keeps two copies of a job from both sending; a failure commits, then throws.
    let failure: unknown = null;
    const outcome = await this.em.transactional(
      async (): Promise<{ status: EmailStatus } | null> => {
        const email = await this.emails.findByIdForUpdate(emailId);
        if (!email) return null;
        if (!email.deliverable) return { status: email.status };
        if (!this.mailer.configured) {
          email.markRecorded();
        } else {
          try {
            await this.mailer.send(email);
            email.markSent(new Date());
          } catch (error) {
            failure = error;
            email.markAttemptFailed((error as Error).message ?? String(error), finalAttempt);
          }
        }
        await this.emails.save(email);
        return { status: email.status };
      },
    );
    if (failure) throw failure;
    return outcome;
  }
}
