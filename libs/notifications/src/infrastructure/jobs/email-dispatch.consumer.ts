import { Injectable } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ConsumesEvents, EventConsumer, EventEnvelope } from '@pasar/shared';
import { EmailQueuedEvent } from '../../domain/email/outgoing-email.events';
import {
  EMAIL_JOB_OPTIONS,
  NOTIFICATION_EMAILS_QUEUE,
  NotificationEmailJob,
} from './notification-emails.queue';

const EMAIL_QUEUED: EmailQueuedEvent['type'] = 'notifications.email-queued';

/** A stored email committed: queue its delivery (job id = email id, so once per email). */
@Injectable()
@ConsumesEvents(EMAIL_QUEUED)
export class EmailDispatchConsumer implements EventConsumer {
  constructor(
    @InjectQueue(NOTIFICATION_EMAILS_QUEUE) private readonly queue: Queue<NotificationEmailJob>,
  ) {}

  async handle(event: EventEnvelope): Promise<void> {
    const { emailId } = event.payload as EmailQueuedEvent['payload'];
    await this.queue.add('deliver', { emailId }, { ...EMAIL_JOB_OPTIONS, jobId: emailId });
  }
}
