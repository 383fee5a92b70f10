import { DomainEvent } from '@pasar/shared/domain';

/** An email was rendered and stored; the worker queues its delivery once it committed. */
export class EmailQueuedEvent extends DomainEvent<{ emailId: string }> {
  readonly type = 'notifications.email-queued';
}
