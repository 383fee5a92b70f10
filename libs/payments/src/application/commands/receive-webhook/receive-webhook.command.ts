import { Command } from '@nestjs/cqrs';
import { WebhookReceipt } from './webhook-receipt.view';

/**
 * A provider's webhook, exactly as received. A bad or stale signature is a 400
 * (PAYMENTS.INVALID_SIGNATURE) and changes nothing; a redelivered event is acknowledged and
 * applied once.
 */
export class ReceiveWebhookCommand extends Command<WebhookReceipt> {
  constructor(
    readonly provider: string,
    readonly rawBody: Buffer,
    readonly signature: string | undefined,
  ) {
    super();
  }
}
