import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { MikroORM, RequestContext } from '@mikro-orm/core';
import { Job } from 'bullmq';
import { DeliverEmailCommand } from '../../application/commands/deliver-email/deliver-email.command';
import { NOTIFICATION_EMAILS_QUEUE, NotificationEmailJob } from './notification-emails.queue';

/** Delivers one stored email per job (worker only); a thrown error retries it with backoff. */
@Processor(NOTIFICATION_EMAILS_QUEUE)
export class NotificationEmailProcessor extends WorkerHost {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  process(job: Job<NotificationEmailJob>) {
    const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return RequestContext.create(this.orm.em, () =>
      this.commands.execute(new DeliverEmailCommand(job.data.emailId, finalAttempt)),
    );
  }
}
