import { BullModule } from '@nestjs/bullmq';

/** One job per stored email: send it (or record it), retried with backoff while SMTP is down. */
export const NOTIFICATION_EMAILS_QUEUE = 'notification-emails';

export interface NotificationEmailJob {
  emailId: string;
}

export const EMAIL_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2000 },
} as const;

/** The api shows the queue (Bull Board), the worker adds to it and processes it. */
export const NotificationEmailsQueueModule = BullModule.registerQueue({
  name: NOTIFICATION_EMAILS_QUEUE,
});
