import { Command } from '@nestjs/cqrs';

/**
 * Asks the provider to give a pending refund's money back and records its answer. An outage
 * fails the command so the job is retried, except on `finalAttempt`, when the refund is marked
 * failed instead. A refund that is no longer waiting for this call is left alone.
 */
export class SettleRefundCommand extends Command<void> {
  constructor(
    readonly refundId: string,
    readonly finalAttempt: boolean,
  ) {
    super();
  }
}
